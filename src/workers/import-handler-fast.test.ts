import fc from 'fast-check';
import { vehicleCsv, vehicleWorkbook } from '../domain/import/fast/testing/big-files';
import {
  randomDailyFile,
  randomVehicleFile,
} from '../domain/import/fast/testing/random-text-files';
import {
  randomDailyWorkbook,
  randomVehicleWorkbook,
} from '../domain/import/fast/testing/random-workbooks';
import type { DuplicatePolicy, TableMapping } from '../domain/import/normalise';
import type { ImportResult } from '../domain/import/types';
import { recordsFromDataset } from '../domain/records/build-dataset';
import { MEASURES } from '../domain/records/measures';
import { handlerHarness, merged } from './handler-harness';
import type { ImportedData, OpenedFile } from './import-protocol';
import { twoSheetWorkbook } from './test-fixtures';

type Harness = ReturnType<typeof handlerHarness>;

function withoutReader(result: ImportResult<OpenedFile>) {
  if (!result.ok) return result;
  return { ...result, value: { ...result.value, reader: null, generalBecause: null } };
}

/** The import's answer with the records as the app sees them (a dataset is sorted). */
function comparable(result: ImportResult<ImportedData>) {
  if (!result.ok) return result;
  const { fileDataset, ...rest } = result.value;
  const records = recordsFromDataset(merged(result.value));
  return { ...result, value: { ...rest, records, file: recordsFromDataset(fileDataset) } };
}

async function openBoth(bytes: Uint8Array<ArrayBuffer>, name: string) {
  const fast = handlerHarness({ progressEveryMs: 0 });
  const general = handlerHarness({ fast: false });
  const source = new Blob([bytes]);
  return {
    fast,
    general,
    fastOpened: await fast.open('x', source, name),
    generalOpened: await general.open('x', source, name),
  };
}

/** A File that counts how often it is read: streamed, or read whole. */
class CountingBlob extends Blob {
  streams = 0;
  wholeReads = 0;
  override stream() {
    this.streams++;
    return super.stream();
  }
  override arrayBuffer() {
    this.wholeReads++;
    return super.arrayBuffer();
  }
}

/** A CSV that never ends, read slowly: a file far too big to finish before a cancel. */
function endlessCsv() {
  const header = new TextEncoder().encode('Date,Region,Deliveries\n');
  const rows = new TextEncoder().encode('2019-06-27,Norway,5\n'.repeat(3_000));
  let pulls = 0;
  class EndlessCsv extends Blob {
    override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
      return new ReadableStream<Uint8Array<ArrayBuffer>>({
        start: (controller) => controller.enqueue(header.slice()),
        pull: async (controller) => {
          pulls++;
          await new Promise((resolve) => setTimeout(resolve, 2));
          controller.enqueue(rows.slice());
        },
      });
    }
  }
  return { blob: new EndlessCsv([header, rows]), pulls: () => pulls };
}

/** What the user may do to a column in the dialog. */
type Change = 'ignore' | 'other-measure' | 'role-again' | 'to-measure';

function changeColumn(mapping: TableMapping, pick: number, change: Change): TableMapping {
  const at = pick % mapping.columns.length;
  const columns = mapping.columns.map((column, index) => {
    if (index !== at) return column;
    const { index: i, header } = column;
    switch (change) {
      case 'ignore':
        return { index: i, header, role: 'ignore' as const };
      case 'other-measure': {
        if (column.measure === undefined) return column;
        const next = MEASURES[(MEASURES.indexOf(column.measure) + 1) % MEASURES.length];
        return next === undefined ? column : { ...column, measure: next };
      }
      case 'role-again': {
        // The dialog clears a column's format when its role is chosen again.
        const rest = { ...column };
        delete rest.numberLocale;
        delete rest.dateOrder;
        return rest;
      }
      case 'to-measure':
        return { index: i, header, role: 'measure' as const, measure: 'production' as const };
    }
  });
  return { ...mapping, columns };
}

async function previewAndImport(
  h: Harness,
  table: string,
  mapping: TableMapping,
  policy: DuplicatePolicy,
) {
  const check = await h.preview('x', table, mapping);
  if (!check.ok) return { check, imported: null };
  const tables = [{ table, mapping: check.value.mapping }];
  return { check, imported: comparable(await h.normalise('x', tables, policy, { kind: 'none' })) };
}

describe('the worker with the fast reader, against the general reader', () => {
  it.each([
    ['per-vehicle text', randomVehicleFile()],
    ['daily text', randomDailyFile()],
    ['per-vehicle workbook', randomVehicleWorkbook()],
    ['daily workbook', randomDailyWorkbook()],
  ])(
    'opens a %s alike, and previews and imports it alike with a changed mapping',
    async (_, files) => {
      let fastRead = 0;
      await fc.assert(
        fc.asyncProperty(
          files,
          fc.nat(),
          fc.constantFrom<Change>('ignore', 'other-measure', 'role-again', 'to-measure'),
          fc.constantFrom<DuplicatePolicy>('sum', 'keep-last', 'ask'),
          async (file, pick, change, policy) => {
            const bytes = new Uint8Array(file.bytes);
            const { fast, general, fastOpened, generalOpened } = await openBoth(bytes, file.name);
            expect(withoutReader(fastOpened)).toEqual(withoutReader(generalOpened));
            if (!fastOpened.ok) return;
            if (fastOpened.value.reader === 'fast') fastRead++;
            const [table] = fastOpened.value.tables;
            if (!table) return;
            const mapping = changeColumn(table.guessed, pick, change);
            const fastRun = await previewAndImport(fast, table.table, mapping, policy);
            const generalRun = await previewAndImport(general, table.table, mapping, policy);
            expect(fastRun).toEqual(generalRun);
          },
        ),
        { numRuns: 60 },
      );
      // Most random files are for the fast reader: the comparison is not of two general reads.
      expect(fastRead).toBeGreaterThan(20);
    },
  );

  it.each([
    ['text', 'vehicles.csv', vehicleCsv(10_000), 'text'],
    ['workbook', 'vehicles.xlsx', vehicleWorkbook(3_000), 'xlsx'],
  ])(
    'streams a %s longer than its first rows: the whole file counted, the first rows shown',
    async (_, name, bytes, format) => {
      const { fast, fastOpened, generalOpened } = await openBoth(new Uint8Array(bytes), name);
      if (!fastOpened.ok) throw new Error(fastOpened.error.message);
      expect(fastOpened.value).toMatchObject({ reader: 'fast', format });
      expect(withoutReader(fastOpened)).toEqual(withoutReader(generalOpened));
      const progress = fast.responses.filter((r) => r.type === 'progress');
      expect(progress.some((r) => (r.bytesRead ?? 0) > 0)).toBe(true);
    },
  );

  it('imports with the mapping of the dry run without reading the file again', async () => {
    const h = handlerHarness();
    const source = new CountingBlob([new Uint8Array(vehicleCsv(10_000))]);
    const opened = await h.opened('x', source, 'vehicles.csv');
    const table = opened.tables[0];
    if (!table) throw new Error('no table');
    expect([source.streams, source.wholeReads]).toEqual([1, 0]);
    // The dialog asks again with the guess (a remembered mapping fitted to the file, its keys
    // in another order and its formats left to detect): answered as it is.
    const reordered = (column: TableMapping['columns'][number]) =>
      Object.fromEntries(Object.entries(column).reverse()) as typeof column;
    const fitted = {
      shape: table.check.mapping.shape,
      headerRow: table.check.mapping.headerRow,
      columns: table.check.mapping.columns.map((column) => {
        const fittedColumn = reordered(column);
        delete fittedColumn.numberLocale;
        delete fittedColumn.dateOrder;
        return fittedColumn;
      }),
    };
    expect(await h.previewed('x', '', fitted)).toEqual(table.check);
    const imported = await h.normalised('x', [{ table: '', mapping: table.check.mapping }], 'sum', {
      kind: 'none',
    });
    expect(imported.recordCount).toBe(table.check.recordCount);
    expect([source.streams, source.wholeReads]).toEqual([1, 0]);
  });

  it('reads the file again, streamed, for another mapping, and whole only when it must', async () => {
    const h = handlerHarness();
    const source = new CountingBlob([new Uint8Array(vehicleCsv(10_000))]);
    const guessed = (await h.opened('x', source, 'vehicles.csv')).tables[0]?.guessed;
    if (!guessed) throw new Error('no table');
    const noBuilds = changeColumn(guessed, 4, 'ignore');
    expect(noBuilds.columns[4]?.header).toBe('Build date');
    const check = await h.previewed('x', '', noBuilds);
    expect([source.streams, source.wholeReads]).toEqual([2, 0]);
    const imported = await h.normalised('x', [{ table: '', mapping: check.mapping }], 'sum', {
      kind: 'none',
    });
    expect([source.streams, source.wholeReads]).toEqual([2, 0]);
    const measures = new Set(
      recordsFromDataset(merged(imported)).flatMap((r) => Object.keys(r.values)),
    );
    expect(measures.has('production')).toBe(false);

    // A VIN column read as numbers: its number format was never detected, the whole table tells.
    await h.opened('y', source, 'vehicles.csv');
    await h.preview('y', '', changeColumn(guessed, 0, 'to-measure'));
    expect(source.wholeReads).toBe(1);
  });

  it.each([
    ['a workbook of two sheets', twoSheetWorkbook(), 'book.xlsx', 'more than one sheet'],
    [
      'Windows-1252 text',
      new Uint8Array([
        ...new TextEncoder().encode('Date,Region,Deliveries\n2019-06-27,Z'),
        0xfc,
        ...new TextEncoder().encode('rich,5\n'),
      ]),
      'zurich.csv',
      'Windows-1252',
    ],
    [
      'an empty zip named .ods',
      new Uint8Array([0x50, 0x4b, 5, 6, ...new Uint8Array(18)]),
      'a.ods',
      null,
    ],
  ])('leaves %s to the general reader, and says why', async (_, bytes, name, because) => {
    const { fastOpened, generalOpened } = await openBoth(new Uint8Array(bytes), name);
    expect(withoutReader(fastOpened)).toEqual(withoutReader(generalOpened));
    expect(fastOpened.ok).toBe(because !== null);
    if (fastOpened.ok && because !== null) {
      expect(fastOpened.value.reader).toBe('general');
      expect(fastOpened.value.generalBecause).toContain(because);
    }
  });

  it.each([
    ['the file is cancelled', (h: Harness) => void h.send({ type: 'cancel', id: 'x' })],
    ['the page stops the handler', (_h: Harness, stop: AbortController) => stop.abort()],
  ])(
    'stops streaming within a chunk when %s, and answers nothing more for the file',
    async (_, halt) => {
      const endless = endlessCsv();
      const stop = new AbortController();
      const h = handlerHarness({ progressEveryMs: 0, signal: stop.signal });
      const requestId = h.nextId();
      const answer = h.send({
        type: 'open',
        id: 'x',
        requestId,
        source: endless.blob,
        file: 'endless.csv',
      });
      await vi.waitFor(() => expect(endless.pulls()).toBeGreaterThan(10), { timeout: 10_000 });
      const pullsAtHalt = endless.pulls();
      halt(h, stop);
      expect(await answer).toMatchObject({ type: 'failed', requestId, message: 'Cancelled' });
      // Stopped at the next piece: at most the read already asked for comes in.
      expect(endless.pulls() - pullsAtHalt).toBeLessThanOrEqual(1);
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(endless.pulls() - pullsAtHalt).toBeLessThanOrEqual(1);
      expect(h.responses.some((r) => r.type === 'opened')).toBe(false);
    },
  );

  it('reports progress through the file: bytes rising to its size, rows rising', async () => {
    const bytes = vehicleCsv(30_000);
    const h = handlerHarness({ progressEveryMs: 0 });
    await h.opened('x', new Blob([new Uint8Array(bytes)]), 'vehicles.csv');
    const progress = h.responses.flatMap((r) =>
      r.type === 'progress' && r.bytesRead !== null ? [r] : [],
    );
    expect(progress.length).toBeGreaterThan(2);
    // Reading rows while bytes are left; checking once every byte is read.
    expect(progress.map((r) => r.stage === 'checking')).toEqual(
      progress.map((r) => r.bytesRead === bytes.length),
    );
    const read = progress.map((r) => r.bytesRead ?? 0);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(read.at(-1)).toBe(bytes.length);
    const rows = progress.map((r) => r.rows);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows.at(-1)).toBe(30_001);
  });
});
