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
/** Namespace prefixes, old item names, attributes on <si>: forms SheetJS reads its own way. */
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
/** What unescapeXlsxText may change: text without any of these is the string as it is. */
const ESCAPED = /[&_\r]/;
const GT = 0x3e;

/**
 * Past the last `</si>` of bytes; 0 when there is none. Pieces are cut there: no item, no
 * `<sst …>` tag or `</sst>` and none of the UNUSUAL forms, entities or DOCTYPE can straddle it,
 * and the UTF-8 before it is whole.
 */
function lastItemEnd(bytes: Uint8Array): number {
  for (let at = bytes.lastIndexOf(GT); at >= 4; at = bytes.lastIndexOf(GT, at - 1)) {
    if (
      bytes[at - 4] === 0x3c &&
      bytes[at - 3] === 0x2f &&
      bytes[at - 2] === 0x73 &&
      bytes[at - 1] === 0x69
    ) {
      return at + 1;
    }
  }
  return 0;
}

/**
 * The shared strings part read as it is inflated: bytes in any slices go in, each slice up to
 * its last `</si>` is decoded and read at once, the rest waits for the next. The strings are
 * the same however the part is sliced (readSharedStrings is one slice).
 */
export class SharedStringsReader {
  readonly strings: string[] = [];
  /** Why the part is left to the general reader; null while it reads. */
  problem: string | null = null;
  private readonly decoder = new TextDecoder();
  private pending: Uint8Array = new Uint8Array(0);
  private opened = false;
  private closed = false;
  private blank = true;
  private namesSst = false;

  /**
   * Reads more of the part (`last`: the end of it); false once it is not in the forms read
   * here, or when `check` refused a piece (the bytes up to a `</si>`) before it was read.
   */
  push(bytes: Uint8Array, last: boolean, check?: (piece: Uint8Array) => boolean): boolean {
    if (this.problem !== null) return false;
    let data = bytes;
    if (this.pending.length > 0) {
      data = new Uint8Array(this.pending.length + bytes.length);
      data.set(this.pending);
      data.set(bytes, this.pending.length);
    }
    const cut = last ? data.length : lastItemEnd(data);
    // Kept as a copy: the inflater may reuse the buffer it handed over.
    this.pending = data === bytes ? data.slice(cut) : data.subarray(cut);
    if (cut > 0) {
      const piece = data.subarray(0, cut);
      if (check && !check(piece)) {
        this.problem = 'a piece of the part was refused';
        return false;
      }
      this.read(this.decoder.decode(piece, { stream: !last }));
    }
    if (last && this.problem === null) this.finish();
    return this.problem === null;
  }

  private finish(): void {
    // No <sst> at all: an empty part reads as no strings, anything else is not ours to guess.
    if (!this.opened && !this.blank && this.namesSst) this.problem = 'no <sst> in shared strings';
  }

  private read(xml: string): void {
    if (this.blank && xml.trim() !== '') this.blank = false;
    if (!this.namesSst && xml.includes('sst')) this.namesSst = true;
    if (UNUSUAL.some((form) => xml.includes(form))) {
      this.problem = 'shared strings in forms the fast reader does not take';
      return;
    }
    if (this.closed) return;
    let at = 0;
    if (!this.opened) {
      const open = xml.indexOf('<sst');
      if (open < 0) return;
      const tagEnd = xml.indexOf('>', open);
      if (tagEnd < 0) {
        this.problem = 'an unfinished <sst> tag';
        return;
      }
      this.opened = true;
      at = tagEnd + 1;
    }
    const close = xml.indexOf('</sst>', at);
    if (close >= 0) this.closed = true;
    if (!this.readItems(xml, at, close < 0 ? xml.length : close)) {
      this.problem = 'shared strings in forms the fast reader does not take';
    }
  }

  /** The items of xml[at, end): <si><t>text</t></si> with or without attributes on <t>. */
  private readItems(xml: string, from: number, end: number): boolean {
    const strings = this.strings;
    let at = from;
    for (;;) {
      const start = xml.indexOf('<si>', at);
      if (start < 0 || start >= end) return true;
      // The usual form, <si><t>text</t></si>, read where it is: what the general path below
      // gives for it, without slicing and trimming the item first.
      if (xml.startsWith('<t>', start + 4)) {
        const textEnd = xml.indexOf('<', start + 7);
        if (textEnd >= 0 && textEnd < end && xml.startsWith('</t></si>', textEnd)) {
          const raw = xml.slice(start + 7, textEnd);
          const text = ESCAPED.test(raw) ? unescapeXlsxText(raw) : raw;
          if (text === null) return false;
          strings.push(text);
          at = textEnd + 9;
          continue;
        }
      }
      const stop = xml.indexOf('</si>', start);
      if (stop < 0 || stop > end) return false;
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
        return false;
      }
      const textEnd = inner.indexOf('</t>', tag[0].length);
      const raw = inner.slice(tag[0].length, textEnd < 0 ? undefined : textEnd);
      if (raw.includes('<')) return false;
      const text = unescapeXlsxText(raw);
      if (text === null) return false;
      strings.push(text);
    }
  }
}

/** The strings of a whole shared strings part, or null when it is not in the forms read here. */
export function readSharedStrings(bytes: Uint8Array): string[] | null {
  const reader = new SharedStringsReader();
  return reader.push(bytes, true) ? reader.strings : null;
}
