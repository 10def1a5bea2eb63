import fc from 'fast-check';
import { decodeUtf8, utf8SequenceLength } from './utf8';

function validByScan(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length;) {
    const length = utf8SequenceLength(bytes, i, bytes.length);
    if (length < 0) return false;
    i += length;
  }
  return true;
}

function validByDecoder(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('utf8SequenceLength', () => {
  it.each<[string, number[], number]>([
    ['ASCII', [0x41], 1],
    ['é', [0xc3, 0xa9], 2],
    ['€', [0xe2, 0x82, 0xac], 3],
    ['emoji', [0xf0, 0x9f, 0x98, 0x80], 4],
    ['overlong slash', [0xc0, 0xaf], -1],
    ['surrogate half', [0xed, 0xa0, 0x80], -1],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], -1],
    ['lone continuation', [0x80], -1],
    ['cut short', [0xe2, 0x82], -1],
    ['Windows-1252 é', [0xe9, 0x74], -1],
  ])('%s', (_name, bytes, expected) => {
    expect(utf8SequenceLength(new Uint8Array(bytes), 0, bytes.length)).toBe(expected);
  });

  it('agrees with a fatal TextDecoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        expect(validByScan(bytes)).toBe(validByDecoder(bytes));
      }),
      { numRuns: 5000 },
    );
  });

  it('decodes what it validated, short or long', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const bytes = new TextEncoder().encode(text);
        expect(decodeUtf8(bytes, 0, bytes.length)).toBe(text);
      }),
    );
  });
});
