import { dayFromIso, isoFromDay } from '../../records/calendar-day';
import type { Cell, RawTable } from '../types';
import { openWorkbook } from './open-workbook';
import { readSheet } from './read-sheet';
import type { Workbook } from './workbook';
import { conformanceAvailable, conformanceBytes } from './workbook-fixtures';

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

const date = (iso: string): Cell => ({ kind: 'date', day: dayFromIso(iso) ?? Number.NaN });

describe.skipIf(!conformanceAvailable())('readSheet on the conformance workbooks', () => {
  it.each(['1904_1900.xlsx', '1904_1900.ods', '1904_1904.xlsx', '1904_1904.ods'])(
    '%s: the dates in column B equal the text in column C',
    (file) => {
      const table = read(open(conformanceBytes(file), file));
      expect(table.rows).toHaveLength(5);
      for (const [, dateCell, text] of table.rows) {
        expect(dateCell).toMatchObject({ kind: 'date' });
        const day =
          typeof dateCell === 'object' && dateCell?.kind === 'date' ? dateCell.day : Number.NaN;
        expect(isoFromDay(day)).toBe(text);
      }
    },
  );

  it('DataTypesFormats.xlsx: date cells become dates, other formats stay numbers', () => {
    const table = read(open(conformanceBytes('DataTypesFormats.xlsx'), 'DataTypesFormats.xlsx'));
    expect(table.rows).toEqual([
      ['Date', date('2020-07-23')],
      ['Date Time', date('2020-07-23')],
      ['Currency', 123],
      ['Percentage', 0.9876],
      ['Fixed Decimal', 456],
      ['Thousands Separator', 7890],
    ]);
  });

  it('formulae_test_simple.xlsx gives the cached values, errors included', () => {
    const table = read(open(conformanceBytes('formulae_test_simple.xlsx'), 'f.xlsx'));
    const value = { kind: 'error', code: '#VALUE!' };
    expect(table.rows).toEqual([
      [1, 1, 1, 1],
      [2, 2, 2, 2],
      [3, 3, 3, 3],
      [4, 4, 4, 4],
      [5, 5, 5, 5],
      [value, 55, value, 55],
    ]);
  });

  it.each(['sushi.xlsx', 'sushi.ods'])('%s keeps characters outside the BMP', (file) => {
    expect(read(open(conformanceBytes(file), file)).rows).toEqual([['🍣']]);
  });

  it('author_snowman.ods reads', () => {
    const workbook = open(conformanceBytes('author_snowman.ods'), 'author_snowman.ods');
    expect(read(workbook).rows).toEqual([]);
  });

  it.each([
    ['crlf_crlf.xlsx', 'abc\ndef'],
    ['crlf_crlf.ods', 'abc\nDef'],
  ])('%s keeps line breaks in cells', (file, typed) => {
    expect(read(open(conformanceBytes(file), file)).rows).toEqual([
      ['Normal', typed],
      ['Formula', 'abc\r\ndef'],
      ['Test'],
    ]);
  });

  it('minimal_112.xlsx reads', () => {
    expect(read(open(conformanceBytes('minimal_112.xlsx'), 'm.xlsx')).rows).toEqual([
      ['Sheet', 'JS'],
      [123, 1.23],
      [true, 0.123],
    ]);
  });

  it('xlsx-stream-d-date-cell.xlsx reads its ISO date cell as a date and times as numbers', () => {
    const table = read(open(conformanceBytes('xlsx-stream-d-date-cell.xlsx'), 's.xlsx'));
    expect(table.rows[0]).toEqual(['String', 'てすと', '&\'";<>', '&amp;']);
    expect(table.rows[4]).toEqual(['Date', date('2014-02-14')]);
    expect(table.rows[6]).toEqual(['Time Built-in format #18', 1.5]);
    expect(table.rows[10]).toEqual(['Formula', 'String1']);
  });

  it.each(['merge_cells.xlsx', 'merge_cells.ods'])(
    '%s: values sit in the top-left cells, with a note',
    (file) => {
      const table = read(open(conformanceBytes(file), file));
      expect(table.rows).toEqual([
        ['A1:B2', null, 'C1:C2', 'Separate blocks'],
        ['A3:B3', null, 'C3'],
        ['… are merged separately'],
      ]);
      expect(table.rowNumbers).toEqual([1, 3, 4]);
      const note = table.notes.find((n) => n.code === 'merged-cells');
      for (const range of ['A1:B2', 'C1:C2', 'A3:B3', 'D1:D2', 'A4:B4'])
        expect(note?.message).toContain(range);
    },
  );

  it.each<[string, string, string | null]>([
    ['sheet_visibility.xlsx', 'Visible', null],
    ['sheet_visibility.xlsx', 'Hidden', 'hidden-sheet'],
    ['sheet_visibility.xlsx', 'VeryHidden', 'very-hidden-sheet'],
    ['sheet_visibility.ods', 'Hidden', 'hidden-sheet'],
  ])('%s: sheet %s is readable, noted as %s', (file, sheet, noteCode) => {
    const table = read(open(conformanceBytes(file), file), sheet);
    expect(table.rows[0]?.join('').toLowerCase()).toBe(sheet.toLowerCase());
    expect(table.notes.map((note) => note.code)).toEqual(noteCode ? [noteCode] : []);
  });
});
