import fc from 'fast-check';
import { crc32 } from '../workbook/zip-checksums';
import { crc32Update } from './crc32';

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
});
