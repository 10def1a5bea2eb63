import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import fc from 'fast-check';

/**
 * Random XLSX workbooks of the two shapes the fast reader takes, written by SheetJS with shared
 * strings (as Excel writes them): dates as formatted serials or as text, numbers as numbers or
 * as text, names with spaces, accents and XML's special characters, empty cells and rows.
 */
export interface RandomWorkbook {
  name: string;
  bytes: Uint8Array;
}

type Value =
  | { kind: 'date'; serial: number }
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'empty' };

const SERIAL_2019_04_01 = 43_556;

const dates = (oddShare: number): fc.Arbitrary<Value> =>
  fc.oneof(
    {
      weight: 100 - oddShare,
      arbitrary: fc
        .integer({ min: 0, max: 90 })
        .map((offset): Value => ({ kind: 'date', serial: SERIAL_2019_04_01 + offset })),
    },
    {
      weight: oddShare,
      arbitrary: fc.constantFrom<Value>(
        { kind: 'empty' },
        { kind: 'text', text: '2019-06-29' },
        { kind: 'text', text: '29/06/2019' },
        { kind: 'text', text: '2019-02-30' },
        { kind: 'text', text: 'n/a' },
        { kind: 'number', value: 43_600 },
        { kind: 'number', value: 20_190_629 },
        { kind: 'number', value: 7 },
        { kind: 'date', serial: 36_000 },
        { kind: 'bool', value: true },
      ),
    },
  );

const numbers = (oddShare: number): fc.Arbitrary<Value> =>
  fc.oneof(
    {
      weight: 100 - oddShare,
      arbitrary: fc
        .integer({ min: 0, max: 3000 })
        .map((value): Value => ({ kind: 'number', value })),
    },
    {
      weight: oddShare,
      arbitrary: fc.constantFrom<Value>(
        { kind: 'empty' },
        { kind: 'number', value: 1.5 },
        { kind: 'number', value: -3 },
        { kind: 'text', text: '1,234' },
        { kind: 'text', text: '12' },
        { kind: 'text', text: '-' },
        { kind: 'text', text: 'x' },
        { kind: 'bool', value: false },
      ),
    },
  );

const texts = (options: readonly string[]): fc.Arbitrary<Value> =>
  fc
    .constantFrom(...options)
    .map((text): Value => (text === '' ? { kind: 'empty' } : { kind: 'text', text }));

const REGIONS = texts([
  'US',
  'NO',
  ' NO',
  'Österreich',
  'A & B',
  '<Total>',
  'Total',
  '',
  'x_x0041_y',
  'Line\r\nbreak',
]);
const MODELS = texts(['Model 3', 'Model Y', '', ' Model Y']);
const VINS = fc.oneof(
  fc
    .integer({ min: 1, max: 300 })
    .map((n): Value => ({ kind: 'text', text: `5YJ3E1EA${String(n).padStart(9, '0')}` })),
  fc.constantFrom<Value>({ kind: 'empty' }, { kind: 'number', value: 12345 }),
);

function cellOf(value: Value): CellObject | null {
  switch (value.kind) {
    case 'date':
      return { t: 'n', v: value.serial, z: 'yyyy-mm-dd' };
    case 'number':
      return { t: 'n', v: value.value };
    case 'text':
      return { t: 's', v: value.text };
    case 'bool':
      return { t: 'b', v: value.value };
    case 'empty':
      return null;
  }
}

function workbookOf(header: string[], rows: Value[][], emptyRows: number[]): Uint8Array {
  const sheet: WorkSheet = {};
  let lastRow = 0;
  const put = (r: number, c: number, cell: CellObject | null) => {
    if (cell === null) return;
    sheet[utils.encode_cell({ r, c })] = cell;
    lastRow = Math.max(lastRow, r);
  };
  header.forEach((title, c) => put(0, c, { t: 's', v: title }));
  let r = 1;
  rows.forEach((values, k) => {
    if (emptyRows.includes(k)) r++;
    values.forEach((value, c) => put(r, c, cellOf(value)));
    r++;
  });
  sheet['!ref'] = utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: lastRow, c: Math.max(header.length - 1, 0) },
  });
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Deliveries');
  return new Uint8Array(
    write(book, { type: 'array', bookType: 'xlsx', bookSST: true }) as ArrayBuffer,
  );
}

function randomWorkbook(
  columns: readonly (readonly [string, string, fc.Arbitrary<Value>])[],
  required: (keys: string[]) => boolean,
): fc.Arbitrary<RandomWorkbook> {
  return fc
    .shuffledSubarray([...columns], { minLength: 1 })
    .filter((picked) => required(picked.map(([key]) => key)))
    .chain((picked) =>
      fc.tuple(
        fc.constant(picked),
        fc.array(fc.tuple(...picked.map(([, , values]) => values)), { maxLength: 50 }),
        fc.array(fc.nat({ max: 50 }), { maxLength: 2 }),
      ),
    )
    .map(([picked, rows, emptyRows]) => ({
      name: 'export.xlsx',
      bytes: workbookOf(
        picked.map(([, title]) => title),
        rows,
        emptyRows,
      ),
    }));
}

export function randomVehicleWorkbook(oddShare = 8): fc.Arbitrary<RandomWorkbook> {
  return randomWorkbook(
    [
      ['vin', 'VIN', VINS],
      ['region', 'Country', REGIONS],
      ['model', 'Model', MODELS],
      ['order', 'Order date', dates(oddShare)],
      ['build', 'Build date', dates(oddShare)],
      ['delivery', 'Delivery date', dates(oddShare)],
    ],
    (keys) => keys.some((key) => ['order', 'build', 'delivery'].includes(key)),
  );
}

export function randomDailyWorkbook(oddShare = 8): fc.Arbitrary<RandomWorkbook> {
  return randomWorkbook(
    [
      ['date', 'Date', dates(oddShare)],
      ['region', 'Region', REGIONS],
      ['model', 'Model', MODELS],
      ['deliveries', 'Deliveries', numbers(oddShare * 2)],
      ['production', 'Production', numbers(oddShare * 2)],
    ],
    (keys) =>
      keys.includes('date') && keys.some((key) => ['deliveries', 'production'].includes(key)),
  );
}
