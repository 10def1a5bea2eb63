const GT = 0x3e;

/**
 * Past the last `</si>` that ends in `bytes`, whose first bytes may be in `before` (the bytes
 * just before them); 0 when none does. Pieces are cut there: no item, no `<sst …>` tag or
 * `</sst>` and none of the odd forms, entities or DOCTYPE can straddle it, and the UTF-8 before
 * it is whole.
 */
export function lastItemEnd(before: Uint8Array, bytes: Uint8Array): number {
  const byteAt = (k: number) => (k >= 0 ? bytes[k] : before[before.length + k]);
  for (let at = bytes.lastIndexOf(GT); at >= 0; at = bytes.lastIndexOf(GT, at - 1)) {
    if (
      byteAt(at - 4) === 0x3c &&
      byteAt(at - 3) === 0x2f &&
      byteAt(at - 2) === 0x73 &&
      byteAt(at - 1) === 0x69
    ) {
      return at + 1;
    }
    // lastIndexOf takes a negative start from the end: the search must stop at the first byte.
    if (at === 0) break;
  }
  return 0;
}

/** Whether `<si><t>` is at `at`. */
export function isUsualItemStart(xml: string, at: number): boolean {
  return (
    xml.charCodeAt(at) === 0x3c &&
    xml.charCodeAt(at + 1) === 0x73 &&
    xml.charCodeAt(at + 2) === 0x69 &&
    xml.charCodeAt(at + 3) === 0x3e &&
    xml.charCodeAt(at + 4) === 0x3c &&
    xml.charCodeAt(at + 5) === 0x74 &&
    xml.charCodeAt(at + 6) === 0x3e
  );
}

/** Where the text from `from` ends when `</t></si>` follows it before `end`; -1 if not. */
export function textEndAfter(xml: string, from: number, end: number): number {
  let at = from;
  while (at < end && xml.charCodeAt(at) !== 0x3c) at++;
  if (at + 9 > end) return -1;
  return xml.charCodeAt(at + 1) === 0x2f &&
    xml.charCodeAt(at + 2) === 0x74 &&
    xml.charCodeAt(at + 3) === 0x3e &&
    xml.charCodeAt(at + 4) === 0x3c &&
    xml.charCodeAt(at + 5) === 0x2f &&
    xml.charCodeAt(at + 6) === 0x73 &&
    xml.charCodeAt(at + 7) === 0x69 &&
    xml.charCodeAt(at + 8) === 0x3e
    ? at
    : -1;
}
