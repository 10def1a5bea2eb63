import { utils, write } from '@e965/xlsx';
import { isoFromDay, dayFromIso } from '../domain/records/calendar-day';
import { recordsFromDataset } from '../domain/records/build-dataset';
import type { TableMapping } from '../domain/import/normalise';
import { createImportHandler } from './import-handler';
import type {
  ExistingData,
  ImportRequest,
  ImportResponse,
  OpenedFile,
  TableCheck,
  ImportedData,
} from './import-protocol';

function bytesOf(text: string): ArrayBuffer {
  return new TextEncoder().encode(text).slice().buffer;
}

function harness() {
  const responses: ImportResponse[] = [];
  const transfers: Transferable[][] = [];
  const handle = createImportHandler((response, transfer = []) => {
    responses.push(response);
    transfers.push(transfer);
  });
  let requestId = 0;
  const last = <T extends ImportResponse['type']>(type: T) => {
    const found = responses.filter((r) => r.type === type).at(-1);
    if (!found) throw new Error(`No ${type} response`);
    return found as Extract<ImportResponse, { type: T }>;
  };
  return {
    responses,
    transfers,
    send(request: ImportRequest) {
      handle(request);
    },
    nextId: () => ++requestId,
    opened(): OpenedFile {
      const response = last('opened');
      if (!response.result.ok) throw new Error(response.result.error.message);
      return response.result.value;
    },
    previewed(): TableCheck {
      const response = last('previewed');
      if (!response.result.ok) throw new Error(response.result.error.message);
      return response.result.value;
    },
    normalised(): ImportedData {
      const response = last('normalised');
      if (!response.result.ok) throw new Error(response.result.error.message);
      return response.result.value;
    },
    last,
  };
}

const DAILY = 'Date,Region,Deliveries,Orders\n2019-06-27,Norway,100,40\n2019-06-28,Norway,120,50\n';

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
  it('opens a CSV: one table, its guessed mapping, the preview and a dry run', () => {
    const h = harness();
    h.send({
      type: 'open',
      id: 'f1',
      requestId: h.nextId(),
      bytes: bytesOf(DAILY),
      file: 'daily.csv',
    });
    const opened = h.opened();
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
    expect(h.responses.some((r) => r.type === 'progress' && r.stage === 'checking')).toBe(true);
  });

  it.each([
    ['binary', new Uint8Array([0, 1, 2, 3, 0, 0, 7]).buffer, 'not-a-workbook'],
    [
      'unclosed quote',
      bytesOf('Date,Region,Deliveries\n2019-06-27,Norway,"100\n'),
      'unterminated-quote',
    ],
  ])('refuses a file it cannot read (%s)', (_, bytes, code) => {
    const h = harness();
    h.send({ type: 'open', id: 'f1', requestId: h.nextId(), bytes, file: 'bad.csv' });
    const { result } = h.last('opened');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.file).toBe('bad.csv');
    }
  });

  it('previews another mapping and detects the format of a column given a new role', () => {
    const h = harness();
    h.send({
      type: 'open',
      id: 'f1',
      requestId: h.nextId(),
      bytes: bytesOf('Date,Region,Units,Notes\n2019-06-27,Norway,"1,234.5",x\n'),
      file: 'a.csv',
    });
    const guessed = h.opened().tables[0]?.guessed;
    if (!guessed) throw new Error('no table');
    const changed = withRole(guessed, 'Units', {
      role: 'measure',
      measure: 'production',
      numberLocale: undefined,
    });
    h.send({ type: 'preview', id: 'f1', requestId: h.nextId(), table: '', mapping: changed });
    const check = h.previewed();
    const units = check.mapping.columns.find((c) => c.header === 'Units');
    expect(units).toMatchObject({ measure: 'production', numberLocale: 'en' });
    expect(check.preview.rows[0]?.cells[2]?.value).toBe(1234.5);
  });

  it('imports with the chosen mapping and transfers the dataset', () => {
    const h = harness();
    h.send({
      type: 'open',
      id: 'f1',
      requestId: h.nextId(),
      bytes: bytesOf(DAILY),
      file: 'daily.csv',
    });
    const guessed = h.opened().tables[0]?.guessed;
    if (!guessed) throw new Error('no table');
    const mapping = withRole(guessed, 'Orders', { measure: 'production' });
    h.send({
      type: 'normalise',
      id: 'f1',
      requestId: h.nextId(),
      tables: [{ table: '', mapping }],
      duplicates: 'ask',
      existing: { kind: 'none' },
    });
    const imported = h.normalised();
    expect(imported.sources).toEqual(['daily.csv']);
    expect(imported.recordCount).toBe(2);
    expect(imported.dateRange.map(isoFromDay)).toEqual(['2019-06-27', '2019-06-28']);
    const records = recordsFromDataset(imported.dataset);
    expect(records.map((r) => r.values)).toEqual([
      { deliveries: 100, production: 40 },
      { deliveries: 120, production: 50 },
    ]);
    expect(h.transfers.at(-1)).toContain(imported.dataset.days.buffer);
  });

  it('merges a second file into the first, and replaces a file loaded again', () => {
    const h = harness();
    const load = (id: string, file: string, text: string, existing: ExistingData) => {
      h.send({ type: 'open', id, requestId: h.nextId(), bytes: bytesOf(text), file });
      const guessed = h.opened().tables[0]?.guessed;
      if (!guessed) throw new Error('no table');
      h.send({
        type: 'normalise',
        id,
        requestId: h.nextId(),
        tables: [{ table: '', mapping: guessed }],
        duplicates: 'sum',
        existing,
      });
      return h.last('normalised');
    };
    load('a', 'norway.csv', 'Date,Region,Deliveries\n2019-06-27,Norway,100\n', { kind: 'none' });
    load('b', 'france.csv', 'Date,Region,Deliveries\n2019-06-27,France,30\n', { kind: 'mirror' });
    expect(h.normalised().sources).toEqual(['norway.csv', 'france.csv']);
    const again = load('c', 'norway.csv', 'Date,Region,Deliveries\n2019-06-27,Norway,90\n', {
      kind: 'mirror',
    });
    const imported = h.normalised();
    expect(imported.sources).toEqual(['france.csv', 'norway.csv']);
    expect(
      recordsFromDataset(imported.dataset).map((r) => [r.region, r.values.deliveries]),
    ).toEqual([
      ['France', 30],
      ['Norway', 90],
    ]);
    expect(again.result.issues.map((i) => i.code)).toContain('replaced');
  });

  it('merges into a dataset loaded elsewhere and reports overlaps', () => {
    const h = harness();
    h.send({
      type: 'open',
      id: 'a',
      requestId: h.nextId(),
      bytes: bytesOf('Date,Region,Deliveries\n2019-06-27,Norway,100\n'),
      file: 'a.csv',
    });
    const mapping = h.opened().tables[0]?.guessed;
    if (!mapping) throw new Error('no table');
    h.send({
      type: 'normalise',
      id: 'a',
      requestId: h.nextId(),
      tables: [{ table: '', mapping }],
      duplicates: 'sum',
      existing: { kind: 'none' },
    });
    const first = h.normalised();
    h.send({
      type: 'open',
      id: 'b',
      requestId: h.nextId(),
      bytes: bytesOf('Date,Region,Deliveries\n2019-06-27,Norway,80\n'),
      file: 'b.csv',
    });
    h.send({
      type: 'normalise',
      id: 'b',
      requestId: h.nextId(),
      tables: [{ table: '', mapping }],
      duplicates: 'sum',
      existing: { kind: 'dataset', dataset: first.dataset, sources: ['stored.csv'] },
    });
    const response = h.last('normalised');
    expect(response.result.ok && response.result.value.sources).toEqual(['stored.csv', 'b.csv']);
    expect(response.result.issues.map((i) => i.code)).toContain('overlap');
  });

  it('refuses to import while duplicates are unanswered, and sums or keeps the last when told', () => {
    const text = 'Date,Region,Deliveries\n2019-06-27,Norway,100\n2019-06-27,Norway,20\n';
    const h = harness();
    h.send({ type: 'open', id: 'f', requestId: h.nextId(), bytes: bytesOf(text), file: 'dup.csv' });
    const table = h.opened().tables[0];
    if (!table) throw new Error('no table');
    expect(table.check.duplicates).toBe(1);
    const results = (['ask', 'sum', 'keep-last'] as const).map((duplicates) => {
      h.send({
        type: 'normalise',
        id: 'f',
        requestId: h.nextId(),
        tables: [{ table: '', mapping: table.guessed }],
        duplicates,
        existing: { kind: 'none' },
      });
      const { result } = h.last('normalised');
      if (result.ok)
        h.send({
          type: 'open',
          id: 'f',
          requestId: h.nextId(),
          bytes: bytesOf(text),
          file: 'dup.csv',
        });
      return result.ok
        ? recordsFromDataset(result.value.dataset)[0]?.values.deliveries
        : result.error.code;
    });
    expect(results).toEqual(['duplicates', 120, 20]);
  });

  it('lists every sheet of a workbook, hidden ones marked, and imports the chosen one', () => {
    const workbook = utils.book_new();
    utils.book_append_sheet(
      workbook,
      utils.aoa_to_sheet([
        ['Date', 'Region', 'Deliveries'],
        ['2019-06-27', 'Norway', 5],
      ]),
      'June',
    );
    utils.book_append_sheet(
      workbook,
      utils.aoa_to_sheet([
        ['Date', 'Region', 'Deliveries'],
        ['2019-05-27', 'Norway', 7],
      ]),
      'Old',
    );
    workbook.Workbook = {
      Sheets: [
        { name: 'June', Hidden: 0 },
        { name: 'Old', Hidden: 1 },
      ],
    };
    const bytes = (write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer).slice(0);
    const h = harness();
    h.send({ type: 'open', id: 'w', requestId: h.nextId(), bytes, file: 'book.xlsx' });
    const opened = h.opened();
    expect(opened.format).toBe('xlsx');
    expect(opened.tables.map((t) => [t.table, t.sheet?.hidden, t.sheet?.rowCount])).toEqual([
      ['June', false, 2],
      ['Old', true, 2],
    ]);
    const old = opened.tables[1];
    if (!old) throw new Error('no sheet');
    h.send({
      type: 'normalise',
      id: 'w',
      requestId: h.nextId(),
      tables: [{ table: 'Old', mapping: old.guessed }],
      duplicates: 'ask',
      existing: { kind: 'none' },
    });
    expect(recordsFromDataset(h.normalised().dataset).map((r) => r.day)).toEqual([
      dayFromIso('2019-05-27'),
    ]);
  });

  it('forgets a cancelled file, and answers a request about it with a failure instead of silence', () => {
    const h = harness();
    h.send({
      type: 'open',
      id: 'f1',
      requestId: h.nextId(),
      bytes: bytesOf(DAILY),
      file: 'daily.csv',
    });
    const mapping = h.opened().tables[0]?.guessed;
    if (!mapping) throw new Error('no table');
    h.send({ type: 'cancel', id: 'f1' });
    const requestId = h.nextId();
    h.send({ type: 'preview', id: 'f1', requestId, table: '', mapping });
    expect(h.last('failed')).toMatchObject({ id: 'f1', requestId });
  });
});
