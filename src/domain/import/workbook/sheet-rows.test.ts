import type { WorkSheet } from '@e965/xlsx';
import { nonEmptyRowCount, sheetRows } from './sheet-rows';

function denseSheet(data: unknown[]): WorkSheet {
  return { '!data': data } as WorkSheet;
}

describe('sheetRows', () => {
  const sparse: unknown[] = [];
  sparse[2] = [{ t: 's', v: 'Date' }, undefined, { t: 'n', v: 3 }];
  sparse[5] = [{ t: 'z' }];
  sparse[1_000_000] = [];
  (sparse[1_000_000] as unknown[])[3] = { t: 'b', v: true };

  it('reads only the rows and cells that exist', () => {
    expect(sheetRows(denseSheet(sparse), 1900, 100)).toEqual({
      rows: [
        ['Date', null, 3],
        [null, null, null, true],
      ],
      rowNumbers: [3, 1_000_001],
    });
    expect(nonEmptyRowCount(denseSheet(sparse))).toBe(2);
  });

  it.each([
    [8, true],
    [7, true],
    [6, false],
  ])('with a budget of %i cells, reads: %s', (budget, reads) => {
    expect(sheetRows(denseSheet(sparse), 1900, budget) !== null).toBe(reads);
  });

  it.each([
    ['no sheet', undefined],
    ['a sheet without data', {} as WorkSheet],
    ['a chart sheet', { '!type': 'chart' } as WorkSheet],
  ])('gives no rows for %s', (_, worksheet) => {
    expect(sheetRows(worksheet, 1900, 10)).toEqual({ rows: [], rowNumbers: [] });
    expect(nonEmptyRowCount(worksheet)).toBe(0);
  });
});
