import { datasetFromRecords, recordsFromDataset } from '../../records/build-dataset';
import { guessMapping } from '../normalise/guess-mapping';
import { normaliseTable } from '../normalise/normalise-table';
import { readTextTable } from '../text/read-text-table';
import { importTextFast } from './fast-text-import';
import { importXlsxFast } from './fast-xlsx-import';
import { importTextStream, importXlsxBytes, type ImportProgress } from './import-stream';
import type { CountAhead } from './count-ahead-types';
import { vehicleCsv, vehicleWorkbook } from './testing/big-files';
import { countAheadInThread } from './testing/count-ahead-here';

function streamOf(bytes: Uint8Array, sizes: readonly number[]): ReadableStream<Uint8Array> {
  let at = 0;
  let k = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      const size = sizes[k++ % sizes.length] ?? 1;
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

const big = vehicleCsv(20_000);

describe('importTextStream', () => {
  it.each([
    ['one chunk', [big.length]],
    ['64 KiB chunks, as File.stream() gives them', [65_536]],
    ['odd chunks, cut inside rows, quotes and CRLF', [1, 7_919, 65_537, 3, 300_007]],
  ])('reads a 1.3 MB file in %s as the general reader does', async (_name, sizes) => {
    const outcome = await importTextStream(streamOf(big, sizes), { file: 'vehicles.csv' });
    if (!outcome.eligible) throw new Error(outcome.reason);
    const read = readTextTable(big, 'vehicles.csv');
    if (!read.ok) throw new Error(read.error.message);
    const mapping = guessMapping(read.value);
    const expected = normaliseTable(read.value, mapping, { duplicates: 'sum' });
    const { table } = outcome;
    expect(table.mapping).toEqual(mapping);
    expect(table.rowCount).toBe(read.value.rows.length);
    expect(table.issues).toEqual(read.issues);
    expect(table.result.issues).toEqual(expected.issues);
    if (!table.result.ok || !expected.ok) throw new Error('not imported');
    expect(recordsFromDataset(datasetFromRecords(table.result.value.records))).toEqual(
      recordsFromDataset(datasetFromRecords(expected.value.records)),
    );
  });

  it('reads a row longer than a chunk, a quoted note with line breaks, as the general reader does', async () => {
    const lines = ['Date,Region,Deliveries,Note'];
    for (let n = 0; n < 30_000; n++) {
      const note = n === 15_000 ? `"${'long\r\nnote, ""quoted"" '.repeat(40_000)}"` : '';
      lines.push(`2019-06-${String((n % 28) + 1).padStart(2, '0')},R${n % 7},${n % 50},${note}`);
    }
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const outcome = await importTextStream(streamOf(bytes, [65_536]), { file: 'notes.csv' });
    if (!outcome.eligible) throw new Error(outcome.reason);
    const read = readTextTable(bytes, 'notes.csv');
    if (!read.ok) throw new Error(read.error.message);
    const expected = normaliseTable(read.value, guessMapping(read.value), { duplicates: 'sum' });
    expect(outcome.table.result.issues).toEqual(expected.issues);
    if (!outcome.table.result.ok || !expected.ok) throw new Error('not imported');
    expect(recordsFromDataset(datasetFromRecords(outcome.table.result.value.records))).toEqual(
      recordsFromDataset(datasetFromRecords(expected.value.records)),
    );
  });

  it('reports progress as it reads, ending with the whole file', async () => {
    const seen: ImportProgress[] = [];
    await importTextStream(streamOf(big, [65_536]), {
      file: 'vehicles.csv',
      totalBytes: big.length,
      progressEveryMs: 0,
      onProgress: (progress) => seen.push(progress),
    });
    expect(seen.length).toBeGreaterThan(10);
    const bytes = seen.map((progress) => progress.bytesRead);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({
      bytesRead: big.length,
      totalBytes: big.length,
      rowsRead: 20_001,
    });
  });

  it('stops between chunks when cancelled', async () => {
    const controller = new AbortController();
    let chunks = 0;
    const outcome = await importTextStream(streamOf(big, [65_536]), {
      file: 'vehicles.csv',
      signal: controller.signal,
      progressEveryMs: 0,
      onProgress: () => {
        if (++chunks === 3) controller.abort();
      },
    });
    expect(outcome).toEqual({ eligible: false, reason: 'cancelled', cancelled: true });
    expect(chunks).toBe(3);
  });

  it('says why a file is for the general reader', async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('Date,Region,Deliveries\n2019-06-29,'),
      0xd6,
      0x0a,
    ]);
    expect(await importTextStream(streamOf(latin1, [5]), { file: 'a.csv' })).toEqual({
      eligible: false,
      reason: 'not UTF-8 (read as Windows-1252 by the general reader)',
    });
  });
});

describe('importXlsxBytes', () => {
  const workbook = vehicleWorkbook(3_000);

  it('gives what importXlsxFast gives', async () => {
    expect(await importXlsxBytes(workbook, { file: 'vehicles.xlsx' })).toEqual(
      importXlsxFast(workbook, { file: 'vehicles.xlsx' }),
    );
  });

  it('stops when cancelled before it is done', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await importXlsxBytes(workbook, { file: 'v.xlsx', signal: controller.signal })).toEqual({
      eligible: false,
      reason: 'cancelled',
      cancelled: true,
    });
  });
});

describe('importXlsxBytes on a bigger workbook', () => {
  const workbook = vehicleWorkbook(20_000);
  const cancelled = { eligible: false, reason: 'cancelled', cancelled: true };

  it('stops at the next step once cancelled while it reports progress', async () => {
    const controller = new AbortController();
    const seen: ImportProgress[] = [];
    const outcome = await importXlsxBytes(workbook, {
      file: 'v.xlsx',
      progressEveryMs: 0,
      signal: controller.signal,
      onProgress: (progress) => {
        seen.push(progress);
        if (seen.length === 3) controller.abort();
      },
    });
    expect(outcome).toEqual(cancelled);
    expect(seen).toHaveLength(3);
  });

  it('gives the event loop turns, so a cancel sent meanwhile gets through', async () => {
    const controller = new AbortController();
    let steps = 0;
    const reading = importXlsxBytes(workbook, {
      file: 'v.xlsx',
      progressEveryMs: 0,
      signal: controller.signal,
      onProgress: () => steps++,
    });
    setTimeout(() => controller.abort(), 0);
    expect(await reading).toEqual(cancelled);
    expect(steps).toBeGreaterThan(0);
  });
});

describe('importTextFast', () => {
  it('reads the same file whole or in chunks', () => {
    expect(importTextFast(big, { file: 'v.csv' }, 4_099)).toEqual(
      importTextFast(big, { file: 'v.csv' }),
    );
  });
});

describe('importTextStream with a second reader', () => {
  /** A second reader that takes `ms` to count, saying it has come 1,000 bytes further each call. */
  function slowAhead(ms: number) {
    const calls = { cancelled: 0, asked: 0 };
    const countAhead: CountAhead = (from, shape) => {
      const inner = countAheadInThread(big)(from, shape);
      return {
        result: new Promise((resolve) => setTimeout(() => resolve(inner.result), ms)),
        progress: () => ({ bytes: ++calls.asked * 1000, rows: calls.asked * 10 }),
        cancel: () => calls.cancelled++,
      };
    };
    return { countAhead, calls };
  }

  it('says the second reader’s progress while it waits for its count, never going back', async () => {
    const { countAhead } = slowAhead(350);
    const seen: ImportProgress[] = [];
    const outcome = await importTextStream(streamOf(big, [65_536]), {
      file: 'vehicles.csv',
      totalBytes: big.length,
      countAhead,
      aheadFrom: 700_000,
      progressEveryMs: 50,
      onProgress: (progress) => seen.push(progress),
    });
    expect(outcome).toEqual(
      await importTextStream(streamOf(big, [65_536]), { file: 'vehicles.csv' }),
    );
    // Past the chunk the reader stopped in: said while it waited (the count takes 350 ms).
    const waiting = seen.filter(({ bytesRead }) => bytesRead > 700_000 && bytesRead < big.length);
    expect(waiting.length).toBeGreaterThanOrEqual(4);
    const bytes = seen.map(({ bytesRead }) => bytesRead);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(seen.at(-1)?.bytesRead).toBe(big.length);
  });

  it('stops the second reader and answers at once when cancelled while waiting for it', async () => {
    const { countAhead, calls } = slowAhead(60_000);
    const controller = new AbortController();
    const started = performance.now();
    const outcome = importTextStream(streamOf(big, [65_536]), {
      file: 'vehicles.csv',
      totalBytes: big.length,
      countAhead,
      aheadFrom: 700_000,
      signal: controller.signal,
      onProgress: ({ bytesRead }) => {
        if (bytesRead > 700_000) controller.abort();
      },
    });
    expect(await outcome).toEqual({ eligible: false, reason: 'cancelled', cancelled: true });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(calls.cancelled).toBe(1);
  });
});

describe('importTextStream from a reader that reuses its buffer (a BYOB reader)', () => {
  /** Chunks in one buffer, overwritten with junk before each next read: nothing may be kept. */
  async function* reused(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
    const buffer = new Uint8Array(size);
    for (let at = 0; at < bytes.length; at += size) {
      buffer.fill(0x22);
      const chunk = bytes.subarray(at, at + size);
      buffer.set(chunk);
      yield buffer.subarray(0, chunk.length);
    }
    buffer.fill(0x22);
  }

  it.each([
    ['one reader', false],
    ['a second reader', true],
  ])('gives what fresh chunks give, with %s', async (_name, ahead) => {
    const options = {
      file: 'vehicles.csv',
      totalBytes: big.length,
      ...(ahead ? { countAhead: countAheadInThread(big), aheadFrom: 700_000 } : {}),
    };
    const fresh = await importTextStream(streamOf(big, [65_536]), options);
    expect(fresh.eligible).toBe(true);
    for (const size of [4_099, 65_536, 1 << 20]) {
      expect(await importTextStream(reused(big, size), options)).toEqual(fresh);
    }
  });
});
