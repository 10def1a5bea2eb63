import type { CellObject } from '@e965/xlsx';
import { dayFromIso } from '../../records/calendar-day';
import type { Cell } from '../types';
import { cellFromSheetJs, INVALID_DATE, NO_CACHED_VALUE } from './cell-value';

const day = (iso: string): Cell => ({ kind: 'date', day: dayFromIso(iso) ?? Number.NaN });

describe('cellFromSheetJs', () => {
  it.each<[string, CellObject | undefined, Cell]>([
    ['no cell', undefined, null],
    ['an empty stub', { t: 'z' }, null],
    [
      'a formula stub with no cached value',
      { t: 'z', f: 'SUM(1,2)', v: 0 },
      { kind: 'error', code: NO_CACHED_VALUE },
    ],
    ['#N/A', { t: 'e', v: 0x2a }, { kind: 'error', code: '#N/A' }],
    ['#DIV/0!', { t: 'e', v: 0x07 }, { kind: 'error', code: '#DIV/0!' }],
    ['an unknown error code', { t: 'e', v: 99 }, { kind: 'error', code: '#ERROR(99)' }],
    ['an error given as text', { t: 'e', v: '#REF!' }, { kind: 'error', code: '#REF!' }],
    ['true', { t: 'b', v: true }, true],
    ['false', { t: 'b', v: false }, false],
    ['text', { t: 's', v: 'North America' }, 'North America'],
    ['text with a line break', { t: 's', v: 'abc\r\ndef' }, 'abc\r\ndef'],
    ['empty text', { t: 's', v: '' }, null],
    ['a number', { t: 'n', v: 1234.5, z: '#,##0.0' }, 1234.5],
    ['a number in General', { t: 'n', v: 43646, z: 'General' }, 43646],
    ['a date serial', { t: 'n', v: 43646, z: 'yyyy-mm-dd' }, day('2019-06-30')],
    ['a date-time serial', { t: 'n', v: 43646.99, z: 'M/d/yyyy H:mm' }, day('2019-06-30')],
    ['a time of day', { t: 'n', v: 0.5, z: 'h:mm AM/PM' }, 0.5],
    [
      'the fictitious 1900-02-29',
      { t: 'n', v: 60, z: 'yyyy-mm-dd' },
      { kind: 'error', code: INVALID_DATE },
    ],
    ['a formula with a cached number', { t: 'n', v: 55, f: 'SUM(A1:A5)' }, 55],
    ['an ISO date cell', { t: 'd', v: '2019-06-30T00:00:00Z' }, day('2019-06-30')],
    ['a broken ISO date cell', { t: 'd', v: 'soon' }, { kind: 'error', code: INVALID_DATE }],
  ])('%s', (_, sheetCell, expected) => {
    expect(cellFromSheetJs(sheetCell, 1900)).toEqual(expected);
  });

  it('reads the same serial as a later day in the 1904 system', () => {
    expect(cellFromSheetJs({ t: 'n', v: 42184, z: 'yyyy-mm-dd' }, 1904)).toEqual(day('2019-06-30'));
  });
});
