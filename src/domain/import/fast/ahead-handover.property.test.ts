import fc from 'fast-check';
import type { AheadCount } from './count-ahead-types';
import { importTextStream, type StreamImportOptions } from './import-stream';
import { vehicleCsv } from './testing/big-files';
import { countAheadInThread } from './testing/count-ahead-here';
import { randomLongVehicleFile } from './testing/random-text-files';

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

function read(bytes: Uint8Array, chunkBytes: number, options: Partial<StreamImportOptions> = {}) {
  return importTextStream(chunksOf(bytes, chunkBytes), {
    file: 'vehicles.csv',
    totalBytes: bytes.length,
    ...options,
  });
}

/** Rows the second reader counted (not left) in the count it gave. */
function countedIn(count: AheadCount | null): number {
  if (count === null) return 0;
  return count.countedBefore.reduce((sum, rows) => sum + rows, 0) + count.countedAfter;
}

/**
 * A second reader counts the rows past `aheadFrom` while the first reads those before; the
 * first then reads the rows it left. Wherever it starts, however either reader's chunks cut the
 * file, whatever rows it leaves or stops at: the outcome is the one reader's, to the issue.
 */
describe('an import with a second reader', () => {
  it('gives the one reader’s outcome for any per-vehicle file', async () => {
    let runs = 0;
    let counting = 0;
    await fc.assert(
      fc.asyncProperty(
        randomLongVehicleFile(4),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(fc.constant(1 << 20), fc.integer({ min: 1000, max: 300_000 })),
        fc.oneof(fc.constant(1 << 20), fc.integer({ min: 50, max: 100_000 })),
        async (file, share, chunkBytes, aheadChunkBytes) => {
          runs++;
          let count: AheadCount | null = null;
          const countAhead = countAheadInThread(file.bytes, aheadChunkBytes, (given) => {
            count = given;
          });
          const aheadFrom = Math.floor(file.bytes.length * share);
          const one = await read(file.bytes, chunkBytes);
          const two = await read(file.bytes, chunkBytes, { countAhead, aheadFrom });
          expect(two).toEqual(one);
          if (countedIn(count) > 0 && one.eligible) counting++;
        },
      ),
      { numRuns: 12 },
    );
    // A test where the second reader never counted a row would prove nothing.
    expect(counting / runs).toBeGreaterThan(0.2);
  }, 120_000);

  it.each([
    ['right after the head', 600_000],
    ['in the middle', 900_000],
    ['near the end', 1_350_000],
    ['past the end', 5_000_000],
  ])('gives the one reader’s outcome when it starts %s', async (_name, aheadFrom) => {
    const bytes = vehicleCsv(20_000);
    let count: AheadCount | null = null;
    const countAhead = countAheadInThread(bytes, 1 << 16, (given) => {
      count = given;
    });
    const two = await read(bytes, 1 << 18, { countAhead, aheadFrom });
    expect(two).toEqual(await read(bytes, 1 << 18));
    expect(countedIn(count) > 0).toBe(aheadFrom < bytes.length);
  });

  it('reads the file alone when the second reader started inside a quoted field', async () => {
    const encoder = new TextEncoder();
    const text = new TextDecoder().decode(vehicleCsv(20_000));
    const middle = text.indexOf('\n', text.length >> 1) + 1;
    // A note across lines whose second line looks like a row: the second reader, started on it,
    // takes it for one and leaves it; only the first reader knows it is inside quotes.
    const note =
      '5YJ3E1EA999999999,"Nor\nX1,Norway,Model 3,2019-01-05,2019-01-06,2019-01-07\nway",Model 3,2019-01-01,2019-01-02,2019-01-03\r\n';
    const bytes = encoder.encode(text.slice(0, middle) + note + text.slice(middle));
    const aheadFrom = encoder.encode(text.slice(0, middle) + note.slice(0, 22)).length - 1;
    let count: AheadCount | null = null;
    const countAhead = countAheadInThread(bytes, 1 << 16, (given) => {
      count = given;
    });
    const one = await read(bytes, 1 << 18);
    expect(await read(bytes, 1 << 18, { countAhead, aheadFrom })).toEqual(one);
    expect((count as AheadCount | null)?.leftEnds.length).toBeGreaterThan(0);
    expect(one.eligible).toBe(true);
  });

  it.each([
    ['one before the second reader’s start, one after', 100, 19_990],
    ['both in the second reader’s part', 19_000, 19_990],
  ])('leaves a file whose VIN repeats to the general reader: %s', async (_name, first, again) => {
    const text = new TextDecoder().decode(vehicleCsv(20_000));
    const lines = text.split('\r\n');
    // Rows the WebAssembly kernel counts (ASCII, no quotes), so each reader files its VIN itself.
    const plainFrom = (at: number) =>
      lines.findIndex((line, k) => k >= at && /^[\x20-\x7e]+$/.test(line) && !line.includes('"'));
    const [one, other] = [plainFrom(first), plainFrom(again)];
    lines[other] = (lines[one] ?? '').slice(0, 17) + (lines[other] ?? '').slice(17);
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    let count: AheadCount | null = null;
    const countAhead = countAheadInThread(bytes, 1 << 16, (given) => {
      count = given;
    });
    const alone = await read(bytes, 1 << 18);
    expect(alone.eligible).toBe(false);
    expect(await read(bytes, 1 << 18, { countAhead, aheadFrom: 900_000 })).toEqual(alone);
    expect(countedIn(count)).toBeGreaterThan(0);
  });
});
