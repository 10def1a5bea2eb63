import fc from 'fast-check';
import { drawnAt, plotParts, plotSteps } from './plot-steps';
import type { MarkKind, PlotSeries } from './plot-spec';

const series = (...marks: MarkKind[]): PlotSeries[] =>
  marks.map((mark, index) => ({
    key: `s${index}`,
    name: `S${index}`,
    colour: '#000',
    mark,
    shape: mark === 'bar' ? 'bar' : 'line',
  }));

describe('plotParts', () => {
  it.each<[string, MarkKind[], ReturnType<typeof plotParts>]>([
    ['nothing but reference lines', [], [{ references: true }]],
    ['one bar series: references, then bars', ['bar'], [{ references: true }, { series: [0] }]],
    [
      'the daily chart: lines, references, all bars last',
      ['bar', 'bar', 'bar', 'line', 'line'],
      [{ series: [3] }, { series: [4] }, { references: true }, { series: [0, 1, 2] }],
    ],
    [
      'the burn-down: area and lines a turn each, in order',
      ['area', 'line', 'line'],
      [{ series: [0] }, { series: [1] }, { series: [2] }, { references: true }],
    ],
    [
      'bars among lines, together at the end',
      ['line', 'bar', 'line', 'bar'],
      [{ series: [0] }, { series: [2] }, { references: true }, { series: [1, 3] }],
    ],
  ])('%s', (_, marks, parts) => {
    expect(plotParts(series(...marks))).toEqual(parts);
  });

  it('draws every series once, lines and areas in page order, the bars together and last', () => {
    const kinds = fc.constantFrom<MarkKind>('bar', 'line', 'area');
    fc.assert(
      fc.property(fc.array(kinds, { maxLength: 12 }), (marks) => {
        const parts = plotParts(series(...marks));
        const drawn = parts.flatMap((part) => ('series' in part ? part.series : []));
        expect([...drawn].sort((a, b) => a - b)).toEqual(marks.map((_, index) => index));
        expect(parts.filter((part) => 'references' in part)).toHaveLength(1);
        const others = drawn.filter((index) => marks[index] !== 'bar');
        expect(others).toEqual([...others].sort((a, b) => a - b));
        const last = parts.at(-1);
        if (marks.includes('bar')) {
          expect(last).toEqual({ series: marks.flatMap((m, i) => (m === 'bar' ? [i] : [])) });
        } else {
          expect(last).toEqual({ references: true });
        }
      }),
    );
  });
});

describe('plotSteps and drawnAt', () => {
  it.each<[string, MarkKind[], number]>([
    ['no series: bare chart, axes, references', [], 3],
    ['bars only', ['bar', 'bar'], 4],
    ['the daily chart: bars and two lines', ['bar', 'bar', 'bar', 'line', 'line'], 6],
    ['the burn-down: an area and three lines', ['area', 'line', 'line', 'line'], 7],
  ])('%s take %d turns', (_, marks, steps) => {
    expect(plotSteps(series(...marks))).toBe(steps);
  });

  it('draws the bare chart at step 1, the axes at step 2, one more part a step, all when whole', () => {
    const daily = series('bar', 'bar', 'line', 'line');
    const at = (step: number | null) => {
      const drawn = drawnAt(daily, step);
      return { ...drawn, series: [...drawn.series] };
    };
    const none = { axes: false, grid: false, series: [], references: false };
    expect(at(1)).toEqual(none);
    expect(at(2)).toEqual({ ...none, axes: true });
    expect(at(3)).toEqual({ axes: true, grid: true, series: [2], references: false });
    expect(at(4)).toEqual({ axes: true, grid: true, series: [2, 3], references: false });
    expect(at(5)).toEqual({ axes: true, grid: true, series: [2, 3], references: true });
    expect(at(6)).toEqual({ axes: true, grid: true, series: [2, 3, 0, 1], references: true });
    expect(at(null)).toEqual({ axes: true, grid: true, series: [2, 3, 0, 1], references: true });
  });

  it('adds to what is drawn at every step and draws everything at the last', () => {
    const kinds = fc.constantFrom<MarkKind>('bar', 'line', 'area');
    fc.assert(
      fc.property(fc.array(kinds, { maxLength: 12 }), (marks) => {
        const all = series(...marks);
        const steps = plotSteps(all);
        const count = (step: number | null) => {
          const drawn = drawnAt(all, step);
          return (
            [drawn.axes, drawn.grid, drawn.references].filter(Boolean).length + drawn.series.size
          );
        };
        expect(count(1)).toBe(0);
        for (let step = 2; step <= steps; step++)
          expect(count(step)).toBeGreaterThan(count(step - 1));
        expect(drawnAt(all, steps)).toEqual(drawnAt(all, null));
      }),
    );
  });
});
