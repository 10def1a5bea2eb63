import { dayFromSerial } from '../workbook/date-serial';
import type { Cell } from '../types';
import { SheetValueReader } from './sheet-cell';
import { XlsxRow } from './xlsx-row';

const STRINGS = ['Model 3', '', 'Norway'];
const CONTEXT = { strings: STRINGS, dateStyles: [false, true], cellBudget: 1_000 };

/** The cell read from `<v>value</v>` (null: no `<v>`) of a given type and style. */
function read(type: string, value: string | null, style = -1): Cell | string {
  const bytes = new TextEncoder().encode(`<v>${value ?? ''}</v>`);
  const row = new XlsxRow(STRINGS, 1);
  const start = value === null ? -1 : 3;
  const end = value === null ? -1 : 3 + bytes.length - 7;
  const problem = new SheetValueReader(CONTEXT).read(
    bytes,
    type.charCodeAt(0),
    start,
    end,
    style,
    row,
    0,
  );
  row.width = 1;
  return problem ?? row.cellAt(0);
}

describe('SheetValueReader', () => {
  it.each<[string, string, string | null, number, Cell | string]>([
    ['a whole number', 'n', '43701', -1, 43_701],
    ['a negative number', 'n', '-2', -1, -2],
    ['a fraction', 'n', '1.5', -1, 1.5],
    ['an exponent', 'n', '1E3', -1, 1_000],
    ['a number without a value', 'n', null, -1, null],
    ['a number of 16 digits', 'n', '1234567890123456', -1, 1234567890123456],
    ['a date', 'n', '43701', 1, { kind: 'date', day: dayFromSerial(43_701, 1900) ?? NaN }],
    ['a date with a time (the day kept)', 'n', '43701.75', 1, { kind: 'date', day: 18_132 }],
    ['the leap day that never was', 'n', '60', 1, 'a date is not a calendar day'],
    ['a serial before the first day', 'n', '0', 1, 'a date is not a calendar day'],
    ['a shared string', 's', '2', -1, 'Norway'],
    ['an empty shared string', 's', '1', -1, null],
    ['a shared string without a value', 's', null, -1, null],
    ['a missing shared string', 's', '3', -1, 'a shared string is missing'],
    ['an empty shared string index', 's', '', -1, 'a shared string is missing'],
    ['true', 'b', '1', -1, true],
    ['false', 'b', '0', -1, false],
    ['an entity', 'n', '1&amp;', -1, 'a value holds an XML entity'],
    ['not a number', 'n', 'x', -1, 'a number is not a number'],
  ])('reads %s', (_name, type, value, style, expected) => {
    expect(read(type, value, style)).toEqual(expected);
  });

  it('leaves other types to the general reader', () => {
    expect(read('e', '#N/A')).toMatch(/general reader/);
  });
});
