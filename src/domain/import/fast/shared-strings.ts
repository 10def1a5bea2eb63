/**
 * The shared strings of an XLSX as SheetJS reads them (parse_sst_xml, parse_si), for the forms
 * Excel writes: `<si><t>text</t></si>` with or without xml:space. Anything else (rich text runs,
 * CDATA, namespace prefixes, entities SheetJS reads oddly) gives null: the general reader then
 * reads the workbook. Text is the `<t>` content with XML entities, `_xHHHH_` codes and CRLF
 * undone in SheetJS's order.
 */
const NAMED: Readonly<Record<string, string>> = {
  '&quot;': '"',
  '&apos;': "'",
  '&gt;': '>',
  '&lt;': '<',
  '&amp;': '&',
};
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE = /_x([\da-fA-F]{4})_/gi;

/** SheetJS's unescapexml(text, true), or null where its result is an accident of its code. */
export function unescapeXlsxText(text: string): string | null {
  if (text.includes('<![CDATA[')) return null;
  let odd = false;
  let out = text;
  if (out.includes('&')) {
    out = out.replace(ENTITY, (entity, code: string | undefined) => {
      const named = NAMED[entity];
      if (named !== undefined) return named;
      // `&#6A;` reads as 6 and `&AMP;` as U+0000 there; code points past U+FFFF are cut.
      const hex = entity.startsWith('&#x');
      const decimal = entity.startsWith('&#') && !hex;
      const value = code === undefined ? NaN : parseInt(code, hex ? 16 : 10);
      if (
        code === undefined ||
        (decimal && !/^\d+$/.test(code)) ||
        !(value > 0 && value <= 0xffff) ||
        (!hex && !decimal)
      ) {
        odd = true;
        return entity;
      }
      return String.fromCharCode(value);
    });
  }
  if (odd) return null;
  if (out.includes('_x') || out.includes('_X')) {
    out = out.replace(CODE, (_match, code: string) => String.fromCharCode(parseInt(code, 16)));
  }
  return out.includes('\r\n') ? out.replace(/\r\n/g, '\n') : out;
}

const T_OPEN = /^<t(?:\s[^>]*)?>/;
const UNUSUAL = [
  ':sst',
  ':si>',
  ':si ',
  ':t>',
  ':t ',
  '<sstItem',
  '<si ',
  '<si/>',
  '<si\n',
  '<si\t',
];

/** The strings by index, or null when the part is not in the forms read here. */
export function readSharedStrings(xml: string): string[] | null {
  const open = xml.indexOf('<sst');
  if (open < 0) return xml.trim() === '' || !xml.includes('sst') ? [] : null;
  // Namespace prefixes, old item names, attributes on <si>: forms SheetJS reads its own way.
  if (UNUSUAL.some((form) => xml.includes(form))) return null;
  const strings: string[] = [];
  let at = xml.indexOf('>', open) + 1;
  const close = xml.indexOf('</sst>', at);
  const end = close < 0 ? xml.length : close;
  for (;;) {
    const start = xml.indexOf('<si>', at);
    if (start < 0 || start >= end) break;
    // The usual form, <si><t>text</t></si>, read where it is: what the general path below
    // gives for it, without slicing and trimming the item first.
    if (xml.startsWith('<t>', start + 4)) {
      const textEnd = xml.indexOf('<', start + 7);
      if (textEnd >= 0 && textEnd < end && xml.startsWith('</t></si>', textEnd)) {
        const text = unescapeXlsxText(xml.slice(start + 7, textEnd));
        if (text === null) return null;
        strings.push(text);
        at = textEnd + 9;
        continue;
      }
    }
    const stop = xml.indexOf('</si>', start);
    if (stop < 0 || stop > end) return null;
    const inner = xml.slice(start + 4, stop).trim();
    at = stop + 5;
    if (inner === '') {
      strings.push('');
      continue;
    }
    const tag = T_OPEN.exec(inner);
    if (tag === null) {
      if (inner === '<t/>') {
        strings.push('');
        continue;
      }
      return null;
    }
    const textEnd = inner.indexOf('</t>', tag[0].length);
    const raw = inner.slice(tag[0].length, textEnd < 0 ? undefined : textEnd);
    if (raw.includes('<')) return null;
    const text = unescapeXlsxText(raw);
    if (text === null) return null;
    strings.push(text);
  }
  return strings;
}
