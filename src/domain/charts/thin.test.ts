import fc from 'fast-check';
import { countMarks, thinRows, type SeriesValue } from './thin';

interface Row {
  x: number;
  a: number | null;
  b: number | null;
}

const a: SeriesValue<Row> = (row) => row.a;
const b: SeriesValue<Row> = (row) => row.b;

function rowsOf(as: (number | null)[], bs: (number | null)[] = as.map(() => null)): Row[] {
  return as.map((value, x) => ({ x, a: value, b: bs[x] ?? null }));
}

const valueOrGap = fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null, freq: 4 });

describe('thinRows', () => {
  it.each([
    ['fits exactly', rowsOf([1, 2, 3, 4]), 4],
    ['gaps draw nothing', rowsOf([1, null, null, null, null, 2]), 2],
    ['two series', rowsOf([1, 2], [3, 4]), 4],
  ])('returns the rows as they are when they fit (%s)', (_, rows, maxMarks) => {
    expect(thinRows(rows, [a, b], maxMarks)).toEqual(rows);
  });

  it('keeps a gap between two runs of a line so the line still breaks there', () => {
    const values = [
      ...Array.from({ length: 50 }, (_, i) => i),
      null,
      null,
      null,
      ...Array.from({ length: 50 }, (_, i) => 50 - i),
    ];
    const thinned = thinRows(rowsOf(values), [a], 20);
    const seen = thinned.map((row) => row.a);
    const firstGap = seen.indexOf(null);
    expect(firstGap).toBeGreaterThan(0);
    expect(seen.slice(firstGap + 1).every((value) => value !== null)).toBe(true);
    // Both runs keep their ends.
    expect(thinned.map((row) => row.x)).toEqual(expect.arrayContaining([0, 49, 53, 102]));
  });

  it('a burn-down shape: remaining up to as of, projection after, both keep their ends', () => {
    const rows = Array.from({ length: 1000 }, (_, x) => ({
      x,
      a: x <= 600 ? 1000 - x : null,
      b: x >= 600 ? 400 - (x - 600) * 0.5 : null,
    }));
    const thinned = thinRows(rows, [a, b], 200);
    expect(countMarks(thinned, [a, b])).toBeLessThanOrEqual(200);
    expect(thinned.map((row) => row.x)).toEqual(expect.arrayContaining([0, 600, 999]));
  });

  it('draws at most maxMarks, keeps rows in order and untouched', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(valueOrGap, valueOrGap), { maxLength: 600 }),
        fc.integer({ min: 8, max: 400 }),
        (pairs, maxMarks) => {
          const rows = pairs.map(([first, second], x) => ({ x, a: first, b: second }));
          const thinned = thinRows(rows, [a, b], maxMarks);
          expect(countMarks(thinned, [a, b])).toBeLessThanOrEqual(maxMarks);
          for (let i = 1; i < thinned.length; i++) {
            expect(thinned[i]!.x).toBeGreaterThan(thinned[i - 1]!.x);
          }
          for (const row of thinned) expect(rows[row.x]).toBe(row);
        },
      ),
    );
  });

  it('keeps the first and last value of a line without gaps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e5 }), { minLength: 1, maxLength: 3000 }),
        fc.integer({ min: 2, max: 2000 }),
        (values, maxMarks) => {
          const thinned = thinRows(rowsOf(values), [a], maxMarks);
          expect(thinned[0]!.x).toBe(0);
          expect(thinned.at(-1)!.x).toBe(values.length - 1);
          expect(thinned.length).toBeLessThanOrEqual(Math.max(maxMarks, 2));
        },
      ),
    );
  });
});
