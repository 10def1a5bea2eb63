import fc from 'fast-check';
import { crc32Update } from './crc32';
import { streamCheckedPart, type ZipEntry } from './zip-entries';
import {
  anyEncoding,
  content,
  deflated,
  inflate,
  KINDS,
  same,
  zlibInflated,
} from './zip-entries-zlib-fixtures';

type Damage = { kind: 'flip'; bits: number[] } | { kind: 'cut'; keep: number };

function damaged(stream: Uint8Array, damage: Damage): Uint8Array {
  if (damage.kind === 'cut') return stream.subarray(0, Math.floor(damage.keep * stream.length));
  const copy = stream.slice();
  for (const bit of damage.bits) {
    const at = Math.floor(bit * copy.length * 8);
    copy[at >> 3] = (copy[at >> 3] as number) ^ (1 << (at & 7));
  }
  return copy;
}

/** streamCheckedPart over a raw stream, as a zip entry of the original's size and checksum. */
function checked(stream: Uint8Array, original: Uint8Array, stepBytes: number) {
  const entry: ZipEntry = {
    name: 'xl/worksheets/sheet1.xml',
    method: 8,
    flags: 0,
    crc: crc32Update(0, original),
    compressedSize: stream.length,
    size: original.length,
    dataStart: 0,
  };
  const chunks: number[] = [];
  const steps = streamCheckedPart(
    stream,
    entry,
    (chunk) => {
      chunks.push(...chunk);
      return true;
    },
    stepBytes,
  );
  for (let step = steps.next(), calls = 0; ; step = steps.next(), calls++) {
    if (calls > 1_000_000) throw new Error('the part runs on');
    if (step.done) return { ok: step.value, bytes: Uint8Array.from(chunks) };
  }
}

describe('RawInflater on damaged zlib streams', () => {
  const damage = fc.oneof(
    fc.record({
      kind: fc.constant('flip' as const),
      bits: fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
        minLength: 1,
        maxLength: 4,
      }),
    }),
    fc.record({
      kind: fc.constant('cut' as const),
      keep: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    }),
  );

  it('never throws nor runs on, keeps to its pieces, and agrees with zlib when zlib reads it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.constantFrom(...KINDS),
        anyEncoding,
        damage,
        fc.integer({ min: 1, max: 30_000 }),
        fc.nat(),
        (length, kind, options, harm, pieceBytes, seed) => {
          const part = content(length, kind, seed);
          const stream = damaged(deflated(part, options), harm);
          const ours = inflate(stream, pieceBytes);
          expect(ours.largestPiece).toBeLessThanOrEqual(pieceBytes + 258);
          // zlib refuses incomplete codes, which are no harm here while no code missing is
          // read; whatever zlib reads whole, the inflater reads the same.
          const reference = zlibInflated(stream);
          if (reference !== null) expect(same(ours.bytes, reference)).toBe(true);
          // What the zip reader accepts is the part as it was: the checksum stops the rest.
          const read = checked(stream, part, pieceBytes);
          if (read.ok) expect(same(read.bytes, part)).toBe(true);
          if (ours.bytes !== null && !same(ours.bytes, part)) expect(read.ok).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it.each<[string, number, number]>([
    ['an 8 MiB bomb declared as 1,000 bytes', 8 << 20, 1_000],
    ['an 8 MiB bomb declared as nothing', 8 << 20, 0],
    ['a part declared one byte short', 100_000, 99_999],
    ['a part declared twice its size', 100_000, 200_000],
  ])('refuses %s, handing over no more than its declared size', (_name, actual, declared) => {
    const part = content(actual, 'runs', 3);
    const stream = deflated(part, { level: 9, strategy: 'default', windowBits: 15, memLevel: 9 });
    const entry: ZipEntry = {
      name: 'xl/worksheets/sheet1.xml',
      method: 8,
      flags: 0,
      crc: crc32Update(0, part),
      compressedSize: stream.length,
      size: declared,
      dataStart: 0,
    };
    let handedOver = 0;
    let pauses = 0;
    const steps = streamCheckedPart(stream, entry, (chunk) => {
      handedOver += chunk.length;
      return true;
    });
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(step.value).toBe(false);
    expect(handedOver).toBeLessThanOrEqual(Math.min(declared, actual));
    // It stops in the step that passes the declared size, not at the bomb's end.
    expect(pauses).toBeLessThanOrEqual(Math.ceil(Math.min(declared, actual) / (1 << 17)) + 1);
  });
});
