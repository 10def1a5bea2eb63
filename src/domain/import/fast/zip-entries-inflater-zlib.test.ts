import fc from 'fast-check';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { mulberry32 } from '../../metrics/random';
import { crc32Update } from './crc32';
import { streamCheckedPart, type ZipEntry } from './zip-entries';
import { RawInflater } from './zip-entries-inflater';

/**
 * The inflater against a second encoder: zlib chooses blocks, codes and matches its own way
 * (stored blocks at level 0, fixed codes, Huffman only, runs only, small windows), and is the
 * reference for damaged streams too.
 */

type Kind = 'xml' | 'random' | 'runs' | 'periods';
const KINDS: Kind[] = ['xml', 'random', 'runs', 'periods'];

function content(bytes: number, kind: Kind, seed: number): Uint8Array {
  const random = mulberry32(seed);
  if (kind === 'periods') {
    // Stretches repeating every 1 to 8 bytes: longest matches at short distances, copies that
    // overlap themselves (a four-byte copy must not reach past what is written).
    const periods = new Uint8Array(bytes);
    for (let at = 0; at < bytes; at++) {
      const period = 1 + ((at >> 12) % 8);
      periods[at] = at % 4096 < period ? (random() * 256) | 0 : (periods[at - period] as number);
    }
    return periods;
  }
  if (kind === 'random') return Uint8Array.from({ length: bytes }, () => (random() * 256) | 0);
  if (kind === 'runs') {
    // Runs of one byte of random lengths: matches at distance 1, and long ones.
    const runs = new Uint8Array(bytes);
    for (let at = 0; at < bytes;) {
      const end = Math.min(bytes, at + 1 + ((random() * random() * 2_000) | 0));
      runs.fill((random() * 4) | 0, at, end);
      at = end;
    }
    return runs;
  }
  let xml = '';
  for (let n = 1; xml.length < bytes; n++) {
    const value = (random() * 5_000) | 0;
    xml += `<row r="${n}"><c r="A${n}" t="s"><v>${value}</v></c><c r="B${n}"><v>${n * 7}</v></c></row>`;
  }
  return new TextEncoder().encode(xml).subarray(0, bytes);
}

const STRATEGIES = {
  default: constants.Z_DEFAULT_STRATEGY,
  filtered: constants.Z_FILTERED,
  'Huffman only': constants.Z_HUFFMAN_ONLY,
  RLE: constants.Z_RLE,
  fixed: constants.Z_FIXED,
} as const;
type Strategy = keyof typeof STRATEGIES;
const STRATEGY_NAMES = Object.keys(STRATEGIES) as Strategy[];

interface Encoding {
  level: number;
  strategy: Strategy;
  windowBits: number;
  memLevel: number;
}

const deflated = (part: Uint8Array, { level, strategy, windowBits, memLevel }: Encoding) =>
  new Uint8Array(
    deflateRawSync(part, { level, strategy: STRATEGIES[strategy], windowBits, memLevel }),
  );

/** zlib's own reading of a stream: null when it calls it damaged or cut short. */
function zlibInflated(stream: Uint8Array): Uint8Array | null {
  try {
    return new Uint8Array(inflateRawSync(stream));
  } catch (error) {
    if (error instanceof Error) return null;
    throw error;
  }
}

interface Inflated {
  bytes: Uint8Array | null;
  largestPiece: number;
}

/**
 * Everything the inflater gives. Every symbol takes a bit at least and gives 258 bytes at most
 * (a stored block: a byte for a byte), so more than that means it made bytes up, and would run
 * on as long as it is called.
 */
function inflate(stream: Uint8Array, pieceBytes: number): Inflated {
  const inflater = new RawInflater(stream, pieceBytes);
  const mostBytes = 258 * 8 * stream.length;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let largestPiece = 0;
  while (!inflater.done) {
    if (total > mostBytes) throw new Error('the inflater runs on');
    const piece = inflater.next();
    if (piece === null) return { bytes: null, largestPiece };
    chunks.push(piece.slice());
    total += piece.length;
    largestPiece = Math.max(largestPiece, piece.length);
  }
  const whole = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return { bytes: whole, largestPiece };
}

const same = (a: Uint8Array | null, b: Uint8Array | null) =>
  a !== null && b !== null && a.length === b.length && a.every((value, k) => value === b[k]);

/** Every level with every strategy, in zlib's smallest and largest window and memory. */
const ENCODINGS: Encoding[] = STRATEGY_NAMES.flatMap((strategy) =>
  Array.from({ length: 10 }, (_, level) => [
    { level, strategy, windowBits: 9, memLevel: 1 },
    { level, strategy, windowBits: 15, memLevel: 9 },
  ]).flat(),
);

describe('RawInflater on what zlib deflated', () => {
  it.each(ENCODINGS)(
    'inflates level $level, strategy $strategy, windowBits $windowBits, memLevel $memLevel',
    (encoding) => {
      for (const kind of KINDS) {
        const part = content(70_000, kind, encoding.level + 1);
        const stream = deflated(part, encoding);
        const inflated = inflate(stream, 9_000);
        expect(same(inflated.bytes, part), kind).toBe(true);
        // A piece ends with the symbol that fills it: at most one match (258 bytes) more.
        expect(inflated.largestPiece).toBeLessThanOrEqual(9_000 + 258);
      }
    },
  );

  it('gives back what zlib deflated, however it deflated it, in pieces of any size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60_000 }),
        fc.constantFrom(...KINDS),
        fc.record({
          level: fc.integer({ min: 0, max: 9 }),
          strategy: fc.constantFrom(...STRATEGY_NAMES),
          windowBits: fc.integer({ min: 9, max: 15 }),
          memLevel: fc.integer({ min: 1, max: 9 }),
        }),
        fc.integer({ min: 1, max: 70_000 }),
        fc.nat(),
        (length, kind, encoding, pieceBytes, seed) => {
          const part = content(length, kind, seed);
          const inflated = inflate(deflated(part, encoding), pieceBytes);
          expect(same(inflated.bytes, part)).toBe(true);
          expect(inflated.largestPiece).toBeLessThanOrEqual(pieceBytes + 258);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('fills pieces of every small size to their end with the longest matches', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 0, max: 9 }),
        fc.nat(),
        (pieceBytes, level, seed) => {
          const part = content(40_000, 'periods', seed);
          const encoding: Encoding = { level, strategy: 'default', windowBits: 15, memLevel: 9 };
          const inflated = inflate(deflated(part, encoding), pieceBytes);
          expect(same(inflated.bytes, part)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

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
  const encoding = fc.record({
    level: fc.integer({ min: 0, max: 9 }),
    strategy: fc.constantFrom(...STRATEGY_NAMES),
    windowBits: fc.integer({ min: 9, max: 15 }),
    memLevel: fc.integer({ min: 1, max: 9 }),
  });

  it('never throws nor runs on, keeps to its pieces, and agrees with zlib when zlib reads it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.constantFrom(...KINDS),
        encoding,
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
