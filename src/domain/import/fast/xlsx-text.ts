/** XML entities as SheetJS reads them in a shared string. */
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
