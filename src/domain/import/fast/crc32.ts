/**
 * CRC-32 tables for sixteen bytes at a time (slicing-by-16): the zip's checksum at memory
 * speed. TABLES[k][n] is the CRC of byte n followed by k zero bytes.
 */
const TABLES: Int32Array[] = [];
{
  const base = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    base[n] = c;
  }
  TABLES.push(base);
  for (let k = 1; k < 16; k++) {
    const previous = TABLES[k - 1] as Int32Array;
    const table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      const c = previous[n] as number;
      table[n] = (base[c & 0xff] as number) ^ (c >>> 8);
    }
    TABLES.push(table);
  }
}
const [T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15] = TABLES as [
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
];

/** Whether an Int32Array reads bytes little-endian, as the tables' look-ups take them. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * Continues a CRC-32 (IEEE, as zip records it) over more bytes. Start with 0; the result is
 * the checksum of everything passed so far, as an unsigned number.
 */
export function crc32Update(crc: number, bytes: Uint8Array): number {
  let c = ~crc;
  const n = bytes.length;
  let i = 0;
  // Byte by byte up to a four-byte boundary of the buffer, then sixteen bytes in four aligned
  // word loads (fewer loads and bounds checks than sixteen bytes), with sixteen table
  // look-ups that do not wait on one another.
  if (LITTLE_ENDIAN && n >= 64) {
    for (; ((bytes.byteOffset + i) & 3) !== 0; i++) {
      c = (T0[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
    }
    const words = new Int32Array(bytes.buffer, bytes.byteOffset + i, (n - i) >>> 2);
    const whole = words.length & ~3;
    for (let w = 0; w < whole; w += 4) {
      const a = c ^ (words[w] as number);
      const b = words[w + 1] as number;
      const d = words[w + 2] as number;
      const e = words[w + 3] as number;
      c =
        (T15[a & 0xff] as number) ^
        (T14[(a >>> 8) & 0xff] as number) ^
        (T13[(a >>> 16) & 0xff] as number) ^
        (T12[a >>> 24] as number) ^
        (T11[b & 0xff] as number) ^
        (T10[(b >>> 8) & 0xff] as number) ^
        (T9[(b >>> 16) & 0xff] as number) ^
        (T8[b >>> 24] as number) ^
        (T7[d & 0xff] as number) ^
        (T6[(d >>> 8) & 0xff] as number) ^
        (T5[(d >>> 16) & 0xff] as number) ^
        (T4[d >>> 24] as number) ^
        (T3[e & 0xff] as number) ^
        (T2[(e >>> 8) & 0xff] as number) ^
        (T1[(e >>> 16) & 0xff] as number) ^
        (T0[e >>> 24] as number);
    }
    i += whole * 4;
  }
  for (; i < n; i++) c = (T0[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}
