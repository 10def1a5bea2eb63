import fc from 'fast-check';
import { Utf8Chunks } from './utf8-chunks';

/** The chunks' text joined, or null when a chunk or the end says the bytes are not UTF-8. */
function decodeInChunks(
  bytes: Uint8Array,
  cuts: number[],
): { text: string | null; ascii: boolean[] } {
  const chunks = new Utf8Chunks();
  const ends = [...new Set([...cuts.filter((cut) => cut < bytes.length), bytes.length])].sort(
    (a, b) => a - b,
  );
  let text = '';
  const ascii: boolean[] = [];
  let from = 0;
  for (const end of ends) {
    const part = chunks.decode(bytes.subarray(from, end));
    from = end;
    if (part === null) return { text: null, ascii };
    ascii.push(chunks.ascii);
    text += part;
  }
  return { text: chunks.end() ? text : null, ascii };
}

function fatalDecode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const encoder = new TextEncoder();
const pieces = fc.constantFrom('a', 'é', '€', '😀', ',', '\n', '\uFEFF');

describe('Utf8Chunks', () => {
  it.each<[string, number[], number[], string | null]>([
    ['a sequence cut after its lead byte', [0x61, 0xc3, 0xa9], [2], 'aé'],
    ['a four-byte sequence cut twice', [0xf0, 0x9f, 0x98, 0x80], [1, 3], '😀'],
    ['a lead byte at the very end', [0x61, 0xc3], [], null],
    ['a stray continuation byte', [0x61, 0x80, 0x62], [1], null],
    ['an overlong form', [0xc0, 0xaf], [1], null],
  ])('reads %s', (_name, bytes, cuts, expected) => {
    expect(decodeInChunks(new Uint8Array(bytes), cuts).text).toBe(expected);
  });

  it('says a chunk is ASCII only when its text is its bytes, offset for offset', () => {
    const bytes = encoder.encode('ab\né\ncd');
    const { ascii } = decodeInChunks(bytes, [3, 4, 6]);
    // 'ab\n' | first byte of é | rest of é + '\n' | 'cd'
    expect(ascii).toEqual([true, false, false, true]);
  });

  it('gives what a fatal TextDecoder gives on the whole, however the bytes are cut', () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((parts) => encoder.encode(parts.join(''))),
        fc.array(fc.nat({ max: 8 }), { maxLength: 4 }),
        fc.array(fc.nat({ max: 120 }), { maxLength: 6 }),
        (valid, damage, cuts) => {
          const bytes = new Uint8Array(valid);
          // Some bytes changed to high bytes, so that sequences break.
          for (const at of damage) if (at < bytes.length) bytes[at] = 0x80 | (at * 37);
          expect(decodeInChunks(bytes, cuts).text).toBe(fatalDecode(bytes));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
