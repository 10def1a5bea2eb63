import fc from 'fast-check';
import { zipSync } from 'fflate';
import { mulberry32 } from '../../metrics/random';
import { crc32Update } from './crc32';
import {
  collectPart,
  PART_STEP_BYTES,
  streamCheckedPart,
  streamPart,
  zipEntries,
  type ZipEntry,
} from './zip-entries';

/** Text that deflates about 10:1, as sheet XML does, or noise that does not deflate at all. */
function content(bytes: number, kind: 'xml' | 'noise', seed = 7): Uint8Array {
  const random = mulberry32(seed);
  if (kind === 'noise') return Uint8Array.from({ length: bytes }, () => (random() * 256) | 0);
  const rows: string[] = [];
  for (let n = 0, length = 0; length < bytes; n++) {
    const row = `<row r="${n}"><c r="A${n}" t="s"><v>${(random() * 5_000) | 0}</v></c></row>`;
    rows.push(row);
    length += row.length;
  }
  return new TextEncoder().encode(rows.join('')).subarray(0, bytes);
}

function zipped(part: Uint8Array, level: 0 | 1 | 6 | 9): { zip: Uint8Array; entry: ZipEntry } {
  const zip = zipSync({ 'xl/part.xml': [part, { level }] });
  const entry = zipEntries(zip)?.[0];
  if (!entry) throw new Error('no entry');
  return { zip, entry };
}

interface Streamed {
  ok: boolean;
  chunks: Uint8Array[];
  /** Inflated bytes handed over between two pauses, and the compressed offsets paused at. */
  perStep: number[];
  pauses: number[];
}

function stream(zip: Uint8Array, entry: ZipEntry, stepBytes: number): Streamed {
  const chunks: Uint8Array[] = [];
  const perStep = [0];
  const steps = streamCheckedPart(
    zip,
    entry,
    (chunk) => {
      chunks.push(chunk.slice());
      perStep[perStep.length - 1] = (perStep.at(-1) ?? 0) + chunk.length;
      return true;
    },
    stepBytes,
  );
  const pauses: number[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { ok: step.value, chunks, perStep, pauses };
    pauses.push(step.value);
    perStep.push(0);
  }
}

const joined = (chunks: Uint8Array[]) => {
  const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
};

/** toEqual on big typed arrays compares them slowly, item by item with a diff at hand. */
const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

function collect(zip: Uint8Array, entry: ZipEntry, stepBytes = PART_STEP_BYTES) {
  const steps = collectPart(zip, entry, stepBytes);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

describe('streamCheckedPart', () => {
  it.each<[string, 'xml' | 'noise', 0 | 6, number]>([
    ['stored XML', 'xml', 0, 50_000],
    ['deflated XML', 'xml', 6, 50_000],
    ['deflated noise', 'noise', 6, 50_000],
    ['deflated XML, in one step', 'xml', 6, PART_STEP_BYTES],
    ['deflated XML, in small steps', 'xml', 6, 1_000],
  ])('hands over %s whole, pausing after each step', (_name, kind, level, stepBytes) => {
    const part = content(300_000, kind);
    const { zip, entry } = zipped(part, level);
    const streamed = stream(zip, entry, stepBytes);
    expect(streamed.ok).toBe(true);
    expect(sameBytes(joined(streamed.chunks), part)).toBe(true);
    expect(streamed.pauses).toEqual([...streamed.pauses].sort((a, b) => a - b));
    expect(streamed.pauses.every((at) => at > 0 && at < entry.compressedSize)).toBe(true);
    // A step ends with the symbol that fills it: at most one match (258 bytes) more.
    expect(Math.max(...streamed.perStep)).toBeLessThanOrEqual(stepBytes + 258);
    expect(streamed.pauses.length).toBeGreaterThanOrEqual(
      Math.ceil(part.length / (stepBytes + 258)) - 1,
    );
  });

  it.each<[string, (entry: ZipEntry) => ZipEntry]>([
    ['a wrong checksum', (entry) => ({ ...entry, crc: (entry.crc + 1) >>> 0 })],
    ['a declared size too small (a zip bomb)', (entry) => ({ ...entry, size: entry.size - 1 })],
    ['a declared size too large', (entry) => ({ ...entry, size: entry.size + 1 })],
    ['compressed data cut short', (entry) => ({ ...entry, compressedSize: 100 })],
  ])('refuses a part with %s', (_name, damage) => {
    const { zip, entry } = zipped(content(100_000, 'xml'), 6);
    for (const stepBytes of [10_000, 1 << 20]) {
      expect(stream(zip, damage(entry), stepBytes).ok).toBe(false);
      expect(collect(zip, damage(entry), stepBytes)).toBeNull();
    }
  });

  it('refuses a damaged deflate stream', () => {
    const { zip, entry } = zipped(content(100_000, 'xml'), 6);
    const damaged = zip.slice();
    damaged.fill(0xff, entry.dataStart + 10, entry.dataStart + 40);
    expect(stream(damaged, entry, 10_000).ok).toBe(false);
    expect(stream(damaged, entry, 1 << 20).ok).toBe(false);
  });

  it('stops when the reader of the chunks says stop', () => {
    const { zip, entry } = zipped(content(100_000, 'noise'), 6);
    let calls = 0;
    const steps = streamPart(zip, entry, () => ++calls < 2, 1_000);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value).toBe(false);
    expect(calls).toBe(2);
  });
});

describe('collectPart', () => {
  it('gives the part, its checksum checked, however it is stepped and packed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60_000 }),
        fc.constantFrom<'xml' | 'noise'>('xml', 'noise'),
        fc.constantFrom<0 | 1 | 6 | 9>(0, 1, 6, 9),
        fc.integer({ min: 1, max: 70_000 }),
        fc.nat(),
        (bytes, kind, level, stepBytes, seed) => {
          const part = content(bytes, kind, seed);
          const { zip, entry } = zipped(part, level);
          expect(entry.crc).toBe(crc32Update(0, part));
          const collected = collect(zip, entry, stepBytes);
          expect(collected !== null && sameBytes(collected, part)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
