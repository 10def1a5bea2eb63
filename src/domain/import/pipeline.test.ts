import { utils, write } from '@e965/xlsx';
import { dayFromIso } from '../records/calendar-day';
import { mappingKey } from './normalise/guess-mapping';
import type { TableMapping } from './normalise/types';
import { importBytes, type ImportedTable } from './pipeline';

const text = (content: string): Uint8Array => new TextEncoder().encode(content);

function workbookBytes(
  sheets: { name: string; rows: unknown[][]; hidden?: boolean }[],
  date1904 = false,
): Uint8Array {
  const book = utils.book_new();
  for (const sheet of sheets)
    utils.book_append_sheet(book, utils.aoa_to_sheet(sheet.rows), sheet.name);
  book.Workbook = {
    Sheets: sheets.map((sheet) => ({ Hidden: sheet.hidden ? 1 : 0 })),
    WBProps: { date1904 },
  };
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function deliveries(table: ImportedTable | undefined): number[] {
  if (!table?.result.ok)
    throw new Error(table?.result.ok === false ? table.result.error.message : 'no table');
  return table.result.value.records.map((r) => r.values.deliveries ?? NaN);
}

describe('importBytes: delimited text', () => {
  it('reads, guesses the mapping and normalises a CSV file', () => {
    const result = importBytes(
      text('Date,Region,Deliveries\n2019-06-28,NO,310\n2019-06-29,NO,402\n'),
      'june.csv',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sheets).toBeUndefined();
    expect(result.value.tables).toHaveLength(1);
    const [table] = result.value.tables;
    expect(table?.sheet).toBeNull();
    expect(table?.mapping.shape).toBe('daily');
    expect(table?.mappingKey).toBe(mappingKey(['Date', 'Region', 'Deliveries']));
    expect(deliveries(table)).toEqual([310, 402]);
  });

  it('uses the mapping remembered for the same headers', () => {
    const bytes = text('Date;Deliveries\n03/04/2019;1.016\n');
    const first = importBytes(bytes, 'a.csv');
    if (!first.ok) throw new Error(first.error.message);
    const guessed = first.value.tables[0];
    expect(guessed?.result.ok).toBe(false);
    if (!guessed) return;
    const answered: TableMapping = {
      ...guessed.mapping,
      columns: guessed.mapping.columns.map(({ needsAnswer: _, ...column }) =>
        column.role === 'date'
          ? { ...column, dateOrder: 'mdy' }
          : { ...column, numberLocale: 'de' },
      ),
    };
    const again = importBytes(text('date;DELIVERIES\n03/04/2019;1.016\n'), 'b.csv', {
      mappings: { [guessed.mappingKey]: answered },
    });
    if (!again.ok) throw new Error(again.error.message);
    const table = again.value.tables[0];
    expect(deliveries(table)).toEqual([1016]);
    expect(table?.result.ok && table.result.value.records[0]?.day).toBe(dayFromIso('2019-03-04'));
  });

  it('does not take a mapping from Object.prototype for a "constructor" header', () => {
    const result = importBytes(text('constructor,Date,Deliveries\nx,2019-06-29,5\n'), 'proto.csv', {
      mappings: {},
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(deliveries(result.value.tables[0])).toEqual([5]);
  });

  it('passes the duplicates choice on', () => {
    const bytes = text('Date,Deliveries\n2019-06-29,1\n2019-06-29,2\n');
    const read = (duplicates?: 'sum' | 'keep-last') => {
      const result = importBytes(bytes, 'dup.csv', duplicates ? { duplicates } : {});
      if (!result.ok) throw new Error(result.error.message);
      return deliveries(result.value.tables[0]);
    };
    expect(read()).toEqual([3]);
    expect(read('keep-last')).toEqual([2]);
  });
});

describe('importBytes: workbooks', () => {
  const sheets = [
    {
      name: 'June',
      rows: [
        ['Date', 'Deliveries'],
        ['2019-06-29', 5],
      ],
    },
    {
      name: 'Hidden',
      rows: [
        ['Date', 'Deliveries'],
        ['2019-06-30', 7],
      ],
      hidden: true,
    },
    { name: 'Empty', rows: [] },
  ];

  it('imports every visible sheet with data and lists all sheets', () => {
    const result = importBytes(workbookBytes(sheets), 'push.xlsx');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.sheets?.map((s) => [s.name, s.hidden])).toEqual([
      ['June', false],
      ['Hidden', true],
      ['Empty', false],
    ]);
    expect(result.value.tables.map((t) => t.sheet)).toEqual(['June']);
    expect(deliveries(result.value.tables[0])).toEqual([5]);
  });

  it('imports a hidden sheet when chosen', () => {
    const result = importBytes(workbookBytes(sheets), 'push.xlsx', { sheets: ['Hidden'] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.tables.map((t) => t.sheet)).toEqual(['Hidden']);
    expect(deliveries(result.value.tables[0])).toEqual([7]);
  });

  it('refuses when no chosen sheet can be read', () => {
    const result = importBytes(workbookBytes(sheets), 'push.xlsx', { sheets: ['Nope'] });
    expect(result.ok).toBe(false);
  });

  it.each([
    [false, 43645],
    [true, 42183],
  ])('reads unformatted serial numbers in a date column (1904 system: %s)', (date1904, serial) => {
    const bytes = workbookBytes(
      [
        {
          name: 'S',
          rows: [
            ['Date', 'Deliveries'],
            [serial, 9],
          ],
        },
      ],
      date1904,
    );
    const result = importBytes(bytes, 'serials.xlsx');
    if (!result.ok) throw new Error(result.error.message);
    const table = result.value.tables[0];
    expect(table?.mapping.columns[0]?.dateOrder).toBe(date1904 ? 'serial1904' : 'serial1900');
    expect(table?.result.ok && table.result.value.records[0]?.day).toBe(dayFromIso('2019-06-29'));
  });
});

describe('importBytes: unreadable files', () => {
  it('refuses a file that is neither text nor a workbook', () => {
    const result = importBytes(new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]), 'photo.bin');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.file).toBe('photo.bin');
  });
});
