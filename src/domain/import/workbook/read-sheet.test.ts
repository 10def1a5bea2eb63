import { utils } from '@e965/xlsx';
import fc from 'fast-check';
import { dayFromIso } from '../../records/calendar-day';
import type { Cell, RawTable } from '../types';
import { openWorkbook } from './open-workbook';
import { readSheet } from './read-sheet';
import type { Workbook } from './workbook';
import {
  buildXls,
  buildXlsx,
  FIXTURE_STYLE,
  numberCell,
  textCell,
  worksheetXml,
  type FixtureSheet,
} from './workbook-fixtures';

function open(bytes: Uint8Array, file: string): Workbook {
  const result = openWorkbook(bytes, file);
  if (!result.ok) throw new Error(`${file} did not open: ${result.error.message}`);
  return result.value;
}

function read(workbook: Workbook, sheet = workbook.sheets[0]?.name ?? ''): RawTable {
  const result = readSheet(workbook, sheet);
  if (!result.ok) throw new Error(`${sheet} was not read: ${result.error.message}`);
  return result.value;
}

function readBuilt(sheets: FixtureSheet[], options: { date1904?: boolean } = {}) {
  const workbook = open(buildXlsx(sheets, options), 'built.xlsx');
  return readSheet(workbook, sheets[0]?.name ?? '');
}

const date = (iso: string): Cell => ({ kind: 'date', day: dayFromIso(iso) ?? Number.NaN });

describe('readSheet on built workbooks', () => {
  it('reads three cells under a dimension of A1:XFD1048576 without sizing anything from it', () => {
    const xml = worksheetXml(
      `<row r="1">${textCell('A1', 'Date')}</row><row r="5">${numberCell('C5', 7)}</row><row r="1048576">${textCell('D1048576', 'end')}</row>`,
      'A1:XFD1048576',
    );
    const result = readBuilt([{ name: 'Huge', xml }]);
    expect(result.ok && result.value.rows).toEqual([
      ['Date'],
      [null, null, 7],
      [null, null, null, 'end'],
    ]);
    expect(result.ok && result.value.rowNumbers).toEqual([1, 5, 1048576]);
  });

  it('turns formulas without a cached value into error cells, with one warning naming the first', () => {
    const xml = `<row r="1">${textCell('A1', 'Deliveries')}</row><row r="2"><c r="A2"><f>SUM(1,2)</f></c></row><row r="3"><c r="A3"><f>B3*2</f></c></row>`;
    const result = readBuilt([{ name: 'Calc', xml }]);
    expect(result.ok && result.value.rows.slice(1)).toEqual([
      [{ kind: 'error', code: 'no-cached-value' }],
      [{ kind: 'error', code: 'no-cached-value' }],
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'no-cached-value',
        severity: 'warning',
        file: 'built.xlsx',
        sheet: 'Calc',
        row: 2,
        column: 'A',
        moreLikeThis: 1,
      }),
    ]);
    expect(result.issues[0]?.message).toContain('A2');
  });

  it('keeps error values as error cells', () => {
    const xml = `<row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`;
    const result = readBuilt([{ name: 'S', xml }]);
    expect(result.ok && result.value.rows).toEqual([
      [
        { kind: 'error', code: '#N/A' },
        { kind: 'error', code: '#DIV/0!' },
      ],
    ]);
    expect(result.issues).toEqual([]);
  });

  it('reads date-formatted numbers as days in the workbook’s date system', () => {
    const xml = `<row r="1">${numberCell('A1', 43646, FIXTURE_STYLE.isoDate)}${numberCell('B1', 43646.5, FIXTURE_STYLE.builtInDate)}${numberCell('C1', 0.25, FIXTURE_STYLE.time)}${numberCell('D1', 43646)}</row>`;
    const in1900 = readBuilt([{ name: 'S', xml }]);
    expect(in1900.ok && in1900.value.rows).toEqual([
      [date('2019-06-30'), date('2019-06-30'), 0.25, 43646],
    ]);
    const in1904 = readBuilt([{ name: 'S', xml }], { date1904: true });
    expect(in1904.ok && in1904.value.rows[0]?.[0]).toEqual(date('2023-07-01'));
  });

  it('warns about the fictitious 1900-02-29', () => {
    const result = readBuilt([
      { name: 'S', xml: `<row r="4">${numberCell('B4', 60, FIXTURE_STYLE.isoDate)}</row>` },
    ]);
    expect(result.ok && result.value.rows).toEqual([
      [null, { kind: 'error', code: 'invalid-date' }],
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'invalid-date', row: 4, column: 'B' }),
    ]);
  });

  it('skips empty rows and keeps the sheet’s row numbers', () => {
    const xml = `<row r="3">${textCell('B3', 'Date')}</row><row r="4"><c r="A4" s="1"/></row><row r="9">${numberCell('B9', 1)}</row><row r="12"><c r="A12" t="inlineStr"><is><t></t></is></c></row>`;
    const result = readBuilt([{ name: 'S', xml }]);
    expect(result.ok && result.value.rows).toEqual([
      [null, 'Date'],
      [null, 1],
    ]);
    expect(result.ok && result.value.rowNumbers).toEqual([3, 9]);
  });

  it('reads a __proto__ header as text and pollutes nothing', () => {
    const before = Object.getOwnPropertyDescriptors(Object.prototype);
    const xml = `<row r="1">${textCell('A1', '__proto__')}${textCell('B1', 'constructor')}</row><row r="2">${numberCell('A2', 1)}</row>`;
    const result = readBuilt([{ name: 'S', xml }]);
    expect(result.ok && result.value.rows).toEqual([['__proto__', 'constructor'], [1]]);
    expect(Object.getOwnPropertyDescriptors(Object.prototype)).toEqual(before);
  });

  it.each(['__proto__', 'constructor', 'hasOwnProperty'])('reads a sheet called %s', (name) => {
    const workbook = open(
      buildXlsx([{ name, xml: `<row r="1">${textCell('A1', name)}</row>` }]),
      'odd.xlsx',
    );
    expect(read(workbook, name).rows).toEqual([[name]]);
  });

  it.each(['Nope', 'toString', '__proto__', ''])(
    'refuses a sheet name the workbook does not have: %j',
    (name) => {
      const workbook = open(buildXlsx([{ name: 'Data', xml: '' }]), 'one.xlsx');
      const result = readSheet(workbook, name);
      expect(result.ok ? null : result.error).toMatchObject({
        code: 'sheet-not-found',
        file: 'one.xlsx',
        sheet: name,
      });
      expect(result.ok ? '' : result.error.hint).toContain('"Data"');
    },
  );

  it('reads XLS date cells and hidden sheets', () => {
    const dated = { t: 'n', v: 43646, z: 'yyyy-mm-dd' };
    const workbook = open(
      buildXls([
        {
          name: 'Data',
          rows: [
            ['Date', 'Deliveries'],
            [dated, 1042],
          ],
        },
        { name: 'Old', rows: [['x']], hidden: 1 },
      ]),
      'old.xls',
    );
    expect(read(workbook).rows).toEqual([
      ['Date', 'Deliveries'],
      [date('2019-06-30'), 1042],
    ]);
    expect(read(workbook, 'Old').notes.map((note) => note.code)).toEqual(['hidden-sheet']);
  });

  it('gives back every value written, in its place', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
        .filter((s) => s.trim() === s && s !== ''),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc
        .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
        .filter((n) => !Object.is(n, -0)),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 8 }), (grid) => {
        const xml = grid
          .map(
            (row, r) =>
              `<row r="${r + 1}">${row.map((cell, c) => cellXml(`${utils.encode_col(c)}${r + 1}`, cell)).join('')}</row>`,
          )
          .join('');
        const result = readBuilt([{ name: 'S', xml }]);
        const expected = grid
          .map((row, r) => ({ row: trimNulls(row), number: r + 1 }))
          .filter(({ row }) => row.length > 0);
        expect(result.ok && result.value.rows).toEqual(expected.map(({ row }) => row));
        expect(result.ok && result.value.rowNumbers).toEqual(expected.map(({ number }) => number));
      }),
      { numRuns: 40 },
    );
  });
});

function cellXml(address: string, cell: string | number | boolean | null): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return textCell(address, cell);
  if (typeof cell === 'boolean') return `<c r="${address}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  return numberCell(address, cell);
}

function trimNulls(row: readonly Cell[]): Cell[] {
  const last = row.findLastIndex((cell) => cell !== null);
  return row.slice(0, last + 1);
}
