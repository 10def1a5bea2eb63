/**
 * The offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode
 * table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all are
 * well-formed. TextDecoder says whether the bytes are valid; this says where they are not.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let trailing: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trailing = 1;
    else if (lead === 0xe0) [trailing, low] = [2, 0xa0];
    else if (lead === 0xed) [trailing, high] = [2, 0x9f];
    else if (lead >= 0xe1 && lead <= 0xef) trailing = 2;
    else if (lead === 0xf0) [trailing, low] = [3, 0x90];
    else if (lead >= 0xf1 && lead <= 0xf3) trailing = 3;
    else if (lead === 0xf4) [trailing, high] = [3, 0x8f];
    else return i;
    if (i + trailing >= n) return i;
    const second = bytes[i + 1] ?? 0;
    if (second < low || second > high) return i;
    for (let k = 2; k <= trailing; k += 1) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    i += trailing + 1;
  }
  return -1;
}

/**
 * The offset (in bytes) of the first code unit of UTF-16 text that is not part of a valid
 * sequence: a lone surrogate or a final odd byte. -1 when all are valid.
 */
export function firstInvalidUtf16Offset(bytes: Uint8Array, littleEndian: boolean): number {
  const units = Math.floor(bytes.length / 2);
  const unitAt = (k: number): number => {
    const first = bytes[2 * k] ?? 0;
    const second = bytes[2 * k + 1] ?? 0;
    return littleEndian ? first | (second << 8) : (first << 8) | second;
  };
  for (let k = 0; k < units; k += 1) {
    const unit = unitAt(k);
    if (unit >= 0xdc00 && unit <= 0xdfff) return 2 * k;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = k + 1 < units ? unitAt(k + 1) : -1;
      if (next < 0xdc00 || next > 0xdfff) return 2 * k;
      k += 1;
    }
  }
  return bytes.length % 2 === 1 ? bytes.length - 1 : -1;
}
