import { isoFromDay, dayFromIso } from '../domain/records/calendar-day';
import { recordsFromDataset } from '../domain/records/build-dataset';
import type { TableMapping } from '../domain/import/normalise';
import { handlerHarness, merged } from './handler-harness';
import type { ExistingData } from './import-protocol';
import { DAILY_CSV as DAILY, twoSheetWorkbook } from './test-fixtures';

function blobOf(text: string | Uint8Array<ArrayBuffer>): Blob {
  return new Blob([text]);
}

function withRole(
  mapping: TableMapping,
  header: string,
  change: Partial<TableMapping['columns'][number]>,
): TableMapping {
  return {
    ...mapping,
    columns: mapping.columns.map((c) => (c.header === header ? { ...c, ...change } : c)),
  };
}

describe('import worker handler', () => {
  it('opens a CSV: one table, its guessed mapping, the preview and a dry run', async () => {
    const h = handlerHarness();
    const opened = await h.opened('f1', blobOf(DAILY), 'daily.csv');
    expect(opened.format).toBe('text');
    expect(opened.tables).toHaveLength(1);
    const [table] = opened.tables;
    expect(table?.guessed.shape).toBe('daily');
    expect(table?.guessed.columns.map((c) => c.role)).toEqual([
      'date',
      'region',
      'measure',
      'measure',
    ]);
    expect(table?.check.preview.rows).toHaveLength(2);
    expect(table?.check.recordCount).toBe(2);
    expect(table?.notes.map((n) => n.code)).toContain('delimiter');
    // Every byte read: what is left is checking.
    const size = new Blob([DAILY]).size;
    expect(
      h.responses.some(
        (r) => r.type === 'progress' && r.stage === 'checking' && r.bytesRead === size,
      ),
    ).toBe(true);
  });

  it.each([
    ['binary', new Uint8Array([0, 1, 2, 3, 0, 0, 7]), 'not-a-workbook'],
    [
      'unclosed quote',
      new TextEncoder().encode('Date,Region,Deliveries\n2019-06-27,Norway,"100\n'),
      'unterminated-quote',
    ],
  ])('refuses a file it cannot read (%s)', async (_, bytes, code) => {
    const h = handlerHarness();
    const result = await h.open('f1', blobOf(bytes), 'bad.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.file).toBe('bad.csv');
    }
  });

  it('previews another mapping and detects the format of a column given a new role', async () => {
    const h = handlerHarness();
    const text = 'Date,Region,Units,Notes\n2019-06-27,Norway,"1,234.5",x\n';
    const guessed = (await h.opened('f1', blobOf(text), 'a.csv')).tables[0]?.guessed;
    if (!guessed) throw new Error('no table');
    const changed = withRole(guessed, 'Units', {
      role: 'measure',
      measure: 'production',
      numberLocale: undefined,
    });
    const check = await h.previewed('f1', '', changed);
    const units = check.mapping.columns.find((c) => c.header === 'Units');
    expect(units).toMatchObject({ measure: 'production', numberLocale: 'en' });
    expect(check.preview.rows[0]?.cells[2]?.value).toBe(1234.5);
  });

  it('imports with the chosen mapping and transfers the dataset', async () => {
    const h = handlerHarness();
    const guessed = (await h.opened('f1', blobOf(DAILY), 'daily.csv')).tables[0]?.guessed;
    if (!guessed) throw new Error('no table');
    const mapping = withRole(guessed, 'Orders', { measure: 'production' });
    const imported = await h.normalised('f1', [{ table: '', mapping }], 'ask', { kind: 'none' });
    expect(imported.sources).toEqual(['daily.csv']);
    expect(imported.recordCount).toBe(2);
    expect(imported.dateRange.map(isoFromDay)).toEqual(['2019-06-27', '2019-06-28']);
    const records = recordsFromDataset(merged(imported));
    expect(records.map((r) => r.values)).toEqual([
      { deliveries: 100, production: 40 },
      { deliveries: 120, production: 50 },
    ]);
    expect(h.transfers.at(-1)).toContain(merged(imported).days.buffer);
  });

  it('merges a second file into the first, and replaces a file loaded again', async () => {
    const h = handlerHarness();
    const load = async (id: string, file: string, text: string, existing: ExistingData) => {
      const guessed = (await h.opened(id, blobOf(text), file)).tables[0]?.guessed;
      if (!guessed) throw new Error('no table');
      return h.normalise(id, [{ table: '', mapping: guessed }], 'sum', existing);
    };
    await load('a', 'norway.csv', 'Date,Region,Deliveries\n2019-06-27,Norway,100\n', {
      kind: 'none',
    });
    const second = await load('b', 'france.csv', 'Date,Region,Deliveries\n2019-06-27,France,30\n', {
      kind: 'mirror',
    });
    expect(second.ok && second.value.sources).toEqual(['norway.csv', 'france.csv']);
    const again = await load('c', 'norway.csv', 'Date,Region,Deliveries\n2019-06-27,Norway,90\n', {
      kind: 'mirror',
    });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.sources).toEqual(['france.csv', 'norway.csv']);
    expect(
      recordsFromDataset(merged(again.value)).map((r) => [r.region, r.values.deliveries]),
    ).toEqual([
      ['France', 30],
      ['Norway', 90],
    ]);
    expect(again.issues.map((i) => i.code)).toContain('replaced');
  });

  it('merges into a dataset loaded elsewhere and reports overlaps', async () => {
    const h = handlerHarness();
    const text = 'Date,Region,Deliveries\n2019-06-27,Norway,100\n';
    const mapping = (await h.opened('a', blobOf(text), 'a.csv')).tables[0]?.guessed;
    if (!mapping) throw new Error('no table');
    const first = await h.normalised('a', [{ table: '', mapping }], 'sum', { kind: 'none' });
    await h.opened('b', blobOf('Date,Region,Deliveries\n2019-06-27,Norway,80\n'), 'b.csv');
    const result = await h.normalise('b', [{ table: '', mapping }], 'sum', {
      kind: 'dataset',
      dataset: merged(first),
      sources: ['stored.csv'],
    });
    expect(result.ok && result.value.sources).toEqual(['stored.csv', 'b.csv']);
    expect(result.issues.map((i) => i.code)).toContain('overlap');
  });

  it('merges against stored datasets one by one: overlaps name the dataset, fileDataset is the file alone', async () => {
    const h = handlerHarness();
    const stored = async (id: string, file: string, text: string) => {
      const mapping = (await h.opened(id, blobOf(text), file)).tables[0]?.guessed;
      if (!mapping) throw new Error('no table');
      return (await h.normalised(id, [{ table: '', mapping }], 'sum', { kind: 'none' }))
        .fileDataset;
    };
    const norway = await stored(
      'n',
      'norway.csv',
      'Date,Region,Deliveries\n2019-06-27,Norway,100\n',
    );
    const france = await stored(
      'f',
      'france.csv',
      'Date,Region,Deliveries\n2019-06-27,France,30\n',
    );
    const text = 'Date,Region,Deliveries\n2019-06-27,France,5\n2019-06-28,Spain,7\n';
    const mapping = (await h.opened('s', blobOf(text), 'south.csv')).tables[0]?.guessed;
    if (!mapping) throw new Error('no table');
    const result = await h.normalise('s', [{ table: '', mapping }], 'sum', {
      kind: 'datasets',
      datasets: [
        { dataset: norway, sources: ['norway.csv'] },
        { dataset: france, sources: ['France data'] },
      ],
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.sources).toEqual(['norway.csv', 'France data', 'south.csv']);
    const overlaps = result.issues.filter((i) => i.code === 'overlap');
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]?.message).toContain('France data');
    expect(result.value.fileDataset.sources).toEqual(['south.csv']);
    expect(
      recordsFromDataset(result.value.fileDataset).map((r) => [r.region, r.values.deliveries]),
    ).toEqual([
      ['France', 5],
      ['Spain', 7],
    ]);
    expect(recordsFromDataset(merged(result.value))).toHaveLength(3);
    // The file's own dataset stays with the worker (it merges the next file): copied, not moved.
    expect(h.transfers.at(-1)).not.toContain(result.value.fileDataset.days.buffer);
  });

  it("builds only the file's dataset when the page keeps files as datasets, overlaps still said", async () => {
    const h = handlerHarness();
    const text = 'Date,Region,Deliveries\n2019-06-27,Norway,100\n';
    const mapping = (await h.opened('a', blobOf(text), 'a.csv')).tables[0]?.guessed;
    if (!mapping) throw new Error('no table');
    const first = await h.normalised('a', [{ table: '', mapping }], 'sum', { kind: 'none' });
    await h.opened('b', blobOf('Date,Region,Deliveries\n2019-06-27,Norway,80\n'), 'b.csv');
    const answer = await h.send({
      type: 'normalise',
      id: 'b',
      requestId: h.nextId(),
      tables: [{ table: '', mapping }],
      duplicates: 'sum',
      existing: {
        kind: 'datasets',
        datasets: [{ dataset: first.fileDataset, sources: ['a.csv'] }],
      },
      fileOnly: true,
    });
    if (answer?.type !== 'normalised' || !answer.result.ok) throw new Error('not imported');
    expect(answer.result.value.dataset).toBeNull();
    expect(recordsFromDataset(answer.result.value.fileDataset).map((r) => r.values)).toEqual([
      { deliveries: 80 },
    ]);
    expect(answer.result.issues.map((i) => i.code)).toContain('overlap');
    expect(h.transfers.at(-1)).toEqual([]);

    // The first file of all: its own records, summed where a day repeats, nothing to overlap.
    const text2 = 'Date,Region,Deliveries\n2019-06-27,Norway,1\n2019-06-27,Norway,2\n';
    await h.opened('c', blobOf(text2), 'c.csv');
    const alone = await h.send({
      type: 'normalise',
      id: 'c',
      requestId: h.nextId(),
      tables: [{ table: '', mapping }],
      duplicates: 'sum',
      existing: { kind: 'none' },
      fileOnly: true,
    });
    if (alone?.type !== 'normalised' || !alone.result.ok) throw new Error('not imported');
    expect(recordsFromDataset(alone.result.value.fileDataset).map((r) => r.values)).toEqual([
      { deliveries: 3 },
    ]);
    expect(alone.result.issues.map((i) => i.code)).not.toContain('overlap');
  });

  it('refuses to import while duplicates are unanswered, and sums or keeps the last when told', async () => {
    const text = 'Date,Region,Deliveries\n2019-06-27,Norway,100\n2019-06-27,Norway,20\n';
    const h = handlerHarness();
    const results: unknown[] = [];
    for (const duplicates of ['ask', 'sum', 'keep-last'] as const) {
      const table = (await h.opened('f', blobOf(text), 'dup.csv')).tables[0];
      if (!table) throw new Error('no table');
      expect(table.check.duplicates).toBe(1);
      const result = await h.normalise('f', [{ table: '', mapping: table.guessed }], duplicates, {
        kind: 'none',
      });
      results.push(
        result.ok
          ? recordsFromDataset(merged(result.value))[0]?.values.deliveries
          : result.error.code,
      );
    }
    expect(results).toEqual(['duplicates', 120, 20]);
  });

  it('lists every sheet of a workbook, hidden ones marked, and imports the chosen one', async () => {
    const h = handlerHarness();
    const opened = await h.opened('w', blobOf(twoSheetWorkbook()), 'book.xlsx');
    expect(opened.format).toBe('xlsx');
    expect(opened.reader).toBe('general');
    expect(opened.tables.map((t) => [t.table, t.sheet?.hidden, t.sheet?.rowCount])).toEqual([
      ['June', false, 2],
      ['Old', true, 2],
    ]);
    const old = opened.tables[1];
    if (!old) throw new Error('no sheet');
    const imported = await h.normalised('w', [{ table: 'Old', mapping: old.guessed }], 'ask', {
      kind: 'none',
    });
    expect(recordsFromDataset(merged(imported)).map((r) => r.day)).toEqual([
      dayFromIso('2019-05-27'),
    ]);
  });

  it('forgets a cancelled file, and answers a request about it with a failure instead of silence', async () => {
    const h = handlerHarness();
    const mapping = (await h.opened('f1', blobOf(DAILY), 'daily.csv')).tables[0]?.guessed;
    if (!mapping) throw new Error('no table');
    await h.send({ type: 'cancel', id: 'f1' });
    const requestId = h.nextId();
    const answer = await h.send({ type: 'preview', id: 'f1', requestId, table: '', mapping });
    expect(answer).toMatchObject({ type: 'failed', id: 'f1', requestId });
  });
});
