import fc from 'fast-check';
import { adler32 } from './checksum';

function naiveAdler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return (b * 65536 + a) >>> 0;
}

describe('adler32', () => {
  it.each([
    ['', 0x00000001],
    ['a', 0x00620062],
    ['Wikipedia', 0x11e60398],
  ])('of %j is %i', (text, expected) => {
    expect(adler32(new TextEncoder().encode(text))).toBe(expected);
  });

  it('matches the definition on inputs longer than one 5,552-byte block', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5000, maxLength: 20_000 }), (bytes) => {
        expect(adler32(bytes)).toBe(naiveAdler32(bytes));
      }),
      { numRuns: 20 },
    );
  });

  it('holds for a long run of 0xff bytes (the worst case for the sums)', () => {
    const bytes = new Uint8Array(100_000).fill(0xff);
    expect(adler32(bytes)).toBe(naiveAdler32(bytes));
  });
});
