import fc from 'fast-check';
import { markTurns, plotSteps, seriesDrawnAt } from './plot-steps';
import type { MarkKind, PlotSeries } from './plot-spec';

const series = (...marks: MarkKind[]): PlotSeries[] =>
  marks.map((mark, index) => ({
    key: `s${index}`,
    name: `S${index}`,
    colour: '#000',
    mark,
    shape: mark === 'bar' ? 'bar' : 'line',
  }));

describe('markTurns', () => {
  it.each<[string, MarkKind[], number[][]]>([
    ['nothing', [], []],
    ['one bar series', ['bar'], [[0]]],
    ['bars side by side, then lines', ['bar', 'bar', 'bar', 'line', 'line'], [[0, 1, 2], [3], [4]]],
    ['an area and lines', ['area', 'line', 'line'], [[0], [1], [2]]],
    ['bars among lines, together at the first', ['line', 'bar', 'line', 'bar'], [[0], [1, 3], [2]]],
  ])('%s', (_, marks, turns) => {
    expect(markTurns(series(...marks))).toEqual(turns);
  });

  it('draws every series exactly once, in page order but for the bars kept together', () => {
    const kinds = fc.constantFrom<MarkKind>('bar', 'line', 'area');
    fc.assert(
      fc.property(fc.array(kinds, { maxLength: 12 }), (marks) => {
        const turns = markTurns(series(...marks));
        const flat = turns.flat();
        expect([...flat].sort((a, b) => a - b)).toEqual(marks.map((_, index) => index));
        const barTurns = turns.filter((turn) => marks[turn[0] ?? -1] === 'bar');
        expect(barTurns.length).toBe(marks.includes('bar') ? 1 : 0);
        const others = flat.filter((index) => marks[index] !== 'bar');
        expect(others).toEqual([...others].sort((a, b) => a - b));
      }),
    );
  });
});

describe('plotSteps and seriesDrawnAt', () => {
  it.each<[string, MarkKind[], number]>([
    ['no series: axes, grid, references', [], 3],
    ['bars only', ['bar', 'bar'], 3],
    ['the daily chart: bars and two lines', ['bar', 'bar', 'bar', 'line', 'line'], 5],
    ['the burn-down: an area and three lines', ['area', 'line', 'line', 'line'], 6],
  ])('%s take %d turns', (_, marks, steps) => {
    expect(plotSteps(series(...marks))).toBe(steps);
  });

  it('shows no series with the axes, one more marks turn a step, all of them when whole', () => {
    const daily = series('bar', 'bar', 'line', 'line');
    expect([...seriesDrawnAt(daily, 1)]).toEqual([]);
    expect([...seriesDrawnAt(daily, 2)]).toEqual([0, 1]);
    expect([...seriesDrawnAt(daily, 3)]).toEqual([0, 1, 2]);
    expect([...seriesDrawnAt(daily, 4)]).toEqual([0, 1, 2, 3]);
    expect([...seriesDrawnAt(daily, null)]).toEqual([0, 1, 2, 3]);
  });
});
