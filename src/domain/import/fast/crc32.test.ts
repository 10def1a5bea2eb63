import fc from 'fast-check';
import { crc32Update } from './crc32';

/** The reference: CRC-32 a byte at a time, as the zip specification writes it. */
const BYTE_TABLE = Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (BYTE_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

describe('crc32Update', () => {
  it.each<[string, number]>([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('checksums %j as %i', (text, expected) => {
    expect(crc32Update(0, new TextEncoder().encode(text))).toBe(expected);
  });

  it('gives the zip checksum of the whole, however the bytes are split', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat({ max: 200 }), (bytes, cut) => {
        const split = crc32Update(crc32Update(0, bytes.subarray(0, cut)), bytes.subarray(cut));
        expect(split).toBe(crc32(bytes));
      }),
    );
  });

  it('gives the zip checksum of bytes at any offset in their buffer, of any length', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 600 }),
        fc.nat({ max: 7 }),
        fc.nat({ max: 600 }),
        (bytes, offset, cut) => {
          // Copied into a buffer at `offset`: the word loads start after a few bytes alone.
          const buffer = new Uint8Array(bytes.length + offset);
          buffer.set(bytes, offset);
          const placed = buffer.subarray(offset);
          const split = crc32Update(crc32Update(0, placed.subarray(0, cut)), placed.subarray(cut));
          expect(crc32Update(0, placed)).toBe(crc32(bytes));
          expect(split).toBe(crc32(bytes));
        },
      ),
      { numRuns: 300 },
    );
  });
});
