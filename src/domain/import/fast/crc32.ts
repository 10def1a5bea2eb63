/** CRC-32 tables for eight bytes at a time (slicing-by-8): the zip's checksum at memory speed. */
const TABLES: Int32Array[] = [];
{
  const base = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    base[n] = c;
  }
  TABLES.push(base);
  for (let k = 1; k < 8; k++) {
    const previous = TABLES[k - 1] as Int32Array;
    const table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      const c = previous[n] as number;
      table[n] = (base[c & 0xff] as number) ^ (c >>> 8);
    }
    TABLES.push(table);
  }
}
const [T0, T1, T2, T3, T4, T5, T6, T7] = TABLES as [
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
];

/**
 * Continues a CRC-32 (IEEE, as zip records it) over more bytes. Start with 0; the result is
 * the checksum of everything passed so far, as an unsigned number.
 */
export function crc32Update(crc: number, bytes: Uint8Array): number {
  let c = ~crc;
  const n = bytes.length;
  // Eight bytes in two little-endian loads, then eight table look-ups that do not wait on
  // one another.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const low = c ^ view.getInt32(i, true);
    const high = view.getInt32(i + 4, true);
    c =
      (T7[low & 0xff] as number) ^
      (T6[(low >>> 8) & 0xff] as number) ^
      (T5[(low >>> 16) & 0xff] as number) ^
      (T4[low >>> 24] as number) ^
      (T3[high & 0xff] as number) ^
      (T2[(high >>> 8) & 0xff] as number) ^
      (T1[(high >>> 16) & 0xff] as number) ^
      (T0[high >>> 24] as number);
  }
  for (; i < n; i++) c = (T0[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}
