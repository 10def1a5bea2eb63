import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { mulberry32 } from '../../metrics/random';
import { RawInflater } from './zip-entries-inflater';

type Kind = 'xml' | 'noise' | 'runs' | 'periods';

/** Sheet-like XML (long matches, near and far), or noise (literals, stored blocks). */
function content(bytes: number, kind: Kind, seed = 7): Uint8Array {
  const random = mulberry32(seed);
  // Matches at every short distance, copies overlapping themselves (distance 1 to 7).
  if (kind === 'periods')
    return Uint8Array.from({ length: bytes }, (_, k) => k % (1 + ((k >> 12) % 7)));
  if (kind === 'noise') return Uint8Array.from({ length: bytes }, () => (random() * 256) | 0);
  if (kind === 'runs') return Uint8Array.from({ length: bytes }, (_, k) => ((k / 1000) | 0) % 3);
  let xml = '';
  for (let n = 1; xml.length < bytes; n++) {
    xml += `<row r="${n}"><c r="A${n}" t="s"><v>${(random() * 5_000) | 0}</v></c></row>`;
  }
  return new TextEncoder().encode(xml).subarray(0, bytes);
}

interface Inflated {
  bytes: Uint8Array | null;
  pieces: number[];
}

function inflate(deflated: Uint8Array, pieceBytes: number): Inflated {
  const inflater = new RawInflater(deflated, pieceBytes);
  const chunks: Uint8Array[] = [];
  const pieces: number[] = [];
  // Each piece is a view the next one overwrites: kept as copies.
  while (!inflater.done) {
    const piece = inflater.next();
    if (piece === null) return { bytes: null, pieces };
    chunks.push(piece.slice());
    pieces.push(piece.length);
  }
  const whole = new Uint8Array(pieces.reduce((sum, length) => sum + length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return { bytes: whole, pieces };
}

const same = (a: Uint8Array | null, b: Uint8Array) =>
  a !== null && a.length === b.length && a.every((value, index) => value === b[index]);

describe('RawInflater', () => {
  it.each<[string, Kind, number, 0 | 1 | 6 | 9, number]>([
    ['nothing', 'xml', 0, 6, 1000],
    ['one byte', 'noise', 1, 6, 1000],
    ['stored blocks', 'noise', 200_000, 0, 50_000],
    ['short XML (fixed codes)', 'xml', 200, 1, 1000],
    ['XML (dynamic codes)', 'xml', 300_000, 6, 1 << 17],
    ['XML, best compression', 'xml', 300_000, 9, 4_096],
    ['noise (stored inside deflate)', 'noise', 100_000, 6, 10_000],
    ['long runs (matches reaching back 32 KiB)', 'runs', 200_000, 9, 1_000],
    ['XML in one-byte pieces', 'xml', 3_000, 6, 1],
    ['short periods (overlapping copies)', 'periods', 100_000, 6, 5_000],
  ])('inflates %s as fflate deflated it', (_name, kind, length, level, pieceBytes) => {
    const part = content(length, kind);
    const inflated = inflate(deflateSync(part, { level }), pieceBytes);
    expect(same(inflated.bytes, part)).toBe(true);
    // A piece ends with the symbol that fills it: at most one match (258 bytes) more.
    expect(Math.max(0, ...inflated.pieces)).toBeLessThanOrEqual(pieceBytes + 258);
  });

  it('gives back what was deflated, at any level, in pieces of any size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80_000 }),
        fc.constantFrom<Kind>('xml', 'noise', 'runs', 'periods'),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 70_000 }),
        fc.nat(),
        (length, kind, level, pieceBytes, seed) => {
          const part = content(length, kind, seed);
          const level09 = level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
          const inflated = inflate(deflateSync(part, { level: level09 }), pieceBytes);
          expect(same(inflated.bytes, part)).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });

  it.each<[string, (deflated: Uint8Array) => Uint8Array]>([
    ['cut short', (deflated) => deflated.subarray(0, deflated.length >> 1)],
    ['cut to nothing', () => new Uint8Array(0)],
    ['with a reserved block type', () => Uint8Array.of(0x07, 0, 0, 0)],
    ['with a stored length not matching its complement', () => Uint8Array.of(0x01, 5, 0, 5, 0)],
    // Fixed codes: a match of 3 at distance 1 before any byte, then the block's end.
    ['with a match before the start', () => Uint8Array.of(0x03, 0x02, 0x00, 0x00)],
    // Fixed codes: length symbol 286, which the code has but DEFLATE does not use.
    ['with a length symbol that is not one', () => Uint8Array.of(0x1b, 0x03, 0x00, 0x00)],
  ])('says a stream %s is damaged, without throwing', (_name, damage) => {
    const damaged = damage(deflateSync(content(50_000, 'xml'), { level: 6 }));
    expect(inflate(damaged, 10_000).bytes).toBeNull();
  });

  it('never throws nor runs on forever on any bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.integer({ min: 1, max: 5_000 }),
        (bytes, pieceBytes) => {
          const inflater = new RawInflater(bytes, pieceBytes);
          // Garbage inflates to little before it fails or ends: its bits run out.
          for (let calls = 0; calls < 10_000 && !inflater.done; calls++) {
            if (inflater.next() === null) return;
          }
          expect(inflater.done).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells the compressed bytes read, rising to all of them', () => {
    const deflated = deflateSync(content(300_000, 'xml'), { level: 6 });
    const inflater = new RawInflater(deflated, 20_000);
    const read: number[] = [];
    while (!inflater.done && inflater.next() !== null) read.push(inflater.bytesRead);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(read.length).toBeGreaterThan(5);
    expect(read.at(-1)).toBe(deflated.length);
  });
});
