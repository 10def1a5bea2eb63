import fc from 'fast-check';
import type { Cell } from '../types';
import { CellKind, XlsxRow } from './xlsx-row';

const STRINGS = ['Model 3', '', 'Norway'];

describe('XlsxRow', () => {
  it.each<[string, number, number, Cell]>([
    ['an empty cell', CellKind.empty, 0, null],
    ['a number', CellKind.number, 2.5, 2.5],
    ['a date', CellKind.date, 19_000, { kind: 'date', day: 19_000 }],
    ['a shared string', CellKind.shared, 2, 'Norway'],
    ['true', CellKind.true, 0, true],
    ['false', CellKind.false, 0, false],
  ])('gives %s as sheetRows gives its cell', (_name, kind, value, cell) => {
    const row = new XlsxRow(STRINGS, 1);
    row.put(3, kind, value);
    row.width = 4;
    expect(row.cellAt(3)).toEqual(cell);
    expect(row.cells()).toEqual([null, null, null, cell]);
    expect(row.cellAt(4)).toBeNull();
  });

  it('keeps its cells in a copy, however the row grows and is reused after', () => {
    const kindOf = fc.constantFrom(CellKind.empty, CellKind.number, CellKind.date, CellKind.true);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 40 }), kindOf, fc.integer()), { maxLength: 20 }),
        (puts) => {
          const row = new XlsxRow(STRINGS, 2);
          for (const [column, kind, value] of puts) row.put(column, kind, value);
          row.width = Math.max(0, ...puts.map(([column]) => column + 1));
          row.number = 7;
          const cells = row.cells();
          const kept = row.copy();
          row.put(50, CellKind.number, 1);
          row.kinds.fill(CellKind.true);
          expect(kept.cells()).toEqual(cells);
          expect(kept.number).toBe(7);
        },
      ),
    );
  });
});
