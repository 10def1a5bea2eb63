import fc from 'fast-check';
import { firstInvalidUtf16Offset, firstInvalidUtf8Offset } from './unicode-check';

function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('firstInvalidUtf8Offset', () => {
  it.each([
    ['ASCII', [0x61, 0x62], -1],
    ['two-byte é', [0xc3, 0xa9], -1],
    ['four-byte emoji', [0xf0, 0x9f, 0x98, 0x8e], -1],
    ['lone continuation byte', [0x61, 0x80], 1],
    ['overlong slash', [0xc0, 0xaf], 0],
    ['overlong three-byte', [0xe0, 0x80, 0xaf], 0],
    ['surrogate D800', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['truncated at the end', [0x61, 0xe2, 0x82], 1],
    ['Windows-1252 é', [0x52, 0xe9, 0x67], 1],
  ])('%s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8Offset(Uint8Array.from(bytes))).toBe(offset);
  });

  it('agrees with TextDecoder, and the bytes before the offset are valid', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 24 }),
      fc
        .array(fc.oneof(fc.integer({ min: 0x80, max: 0xff }), fc.constant(0x61)), { maxLength: 12 })
        .map((list) => Uint8Array.from(list)),
      fc.string({ unit: 'grapheme' }).map((text) => new TextEncoder().encode(text)),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const offset = firstInvalidUtf8Offset(input);
        expect(offset === -1).toBe(decodes('utf-8', input));
        if (offset >= 0) expect(decodes('utf-8', input.slice(0, offset))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('firstInvalidUtf16Offset', () => {
  it('agrees with TextDecoder in both byte orders', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 16 }), fc.boolean(), (input, littleEndian) => {
        const offset = firstInvalidUtf16Offset(input, littleEndian);
        expect(offset === -1).toBe(decodes(littleEndian ? 'utf-16le' : 'utf-16be', input));
      }),
      { numRuns: 1000 },
    );
  });
});
