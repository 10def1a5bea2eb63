// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { ComposedChart } from 'recharts';
import { CHART_THEMES, chartFormat } from '../../domain/charts';
import { barBaseY, barSlot } from './bar-path';
import { barPathsOf } from './bar-paths';
import { axesOf, markOf } from './plot-elements';
import { PLOT_MARGIN, type PlotAxis, type PlotSeries } from './plot-spec';

const theme = CHART_THEMES.light;
const format = chartFormat('en-US');

interface Case {
  rows: { day: number; a: number | null; b: number | null }[];
  series: PlotSeries[];
  width: number;
  barGap: number;
  twoAxes: boolean;
}

function chartOf({ rows, series, width, barGap, twoAxes }: Case, asPaths: boolean) {
  const x: PlotAxis = { dataKey: 'day', format: 'day' };
  const y: PlotAxis[] = twoAxes
    ? [
        { id: 'left', width: 50, format: 'number' },
        { id: 'right', width: 50, format: 'number', orientation: 'right' },
      ]
    : [{ id: 'left', width: 50, format: 'number' }];
  return (
    <ComposedChart
      width={width}
      height={200}
      data={rows}
      margin={PLOT_MARGIN}
      barGap={barGap}
      accessibilityLayer={false}
    >
      {axesOf({ x, y }, theme, format)}
      {series.map((item) => markOf(item, theme, format, asPaths ? 'registered' : 'drawn'))}
      {asPaths ? barPathsOf({ x, y, series, barGap }, rows, null) : null}
    </ComposedChart>
  );
}

/** Each series' bars as Recharts draws them, their paths joined (series without any left out). */
function rechartsBars(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.recharts-bar')]
    .map((layer) =>
      [...layer.querySelectorAll('.recharts-bar-rectangle path')]
        .map((path) => path.getAttribute('d'))
        .join(' '),
    )
    .filter((bars) => bars !== '');
}

function pathBars(container: HTMLElement, series: readonly PlotSeries[]): string[] {
  return series
    .map((item) =>
      [...container.querySelectorAll(`[data-bar-path="${item.key}"] path`)]
        .map((path) => path.getAttribute('d'))
        .join(' '),
    )
    .filter((bars) => bars !== '');
}

const seriesArb = (key: 'a' | 'b', axis: string) =>
  fc.record({
    key: fc.constant(key),
    name: fc.constant(key.toUpperCase()),
    colour: fc.constant('#123456'),
    mark: fc.constant('bar' as const),
    shape: fc.constant('bar' as const),
    axis: fc.constant(axis),
    maxBarSize: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  });

const value = fc.option(fc.integer({ min: -500, max: 100_000 }), { nil: null, freq: 8 });

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    values: fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 120 }),
    first: fc.integer({ min: 17_000, max: 20_000 }),
    two: fc.boolean(),
    twoAxes: fc.boolean(),
    width: fc.integer({ min: 150, max: 1_400 }),
    barGap: fc.integer({ min: 0, max: 6 }),
    a: seriesArb('a', 'left'),
    b: seriesArb('b', 'left'),
  })
  .map(({ values, first, two, twoAxes, width, barGap, a, b }) => ({
    rows: values.map(([av, bv], index) => ({ day: first + index, a: av, b: bv })),
    series: two ? [a, { ...b, axis: twoAxes ? 'right' : 'left' }] : [a],
    width,
    barGap,
    twoAxes: two && twoAxes,
  }));

describe('bars drawn by BarSeriesPath', () => {
  afterEach(cleanup);

  it('stand exactly where Recharts draws them bar by bar (any rows, widths, gaps, axes)', () => {
    fc.assert(
      fc.property(caseArb, (drawnCase) => {
        const recharts = render(chartOf(drawnCase, false));
        const expected = rechartsBars(recharts.container);
        recharts.unmount();
        const paths = render(chartOf(drawnCase, true));
        expect(pathBars(paths.container, drawnCase.series)).toEqual(expected);
        // Registered, barless: no bar of Recharts' own is left.
        expect(paths.container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(0);
        paths.unmount();
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it.each([
    // band, bars, index, gap, max → offset, size
    [20, 1, 0, 4, undefined, { offset: 2, size: 16 }],
    [20, 2, 1, 1, undefined, { offset: 2 + 8 + 1, size: 8 }],
    // Too narrow for the gap: none; 1.2 px rounds to 1.
    [3, 2, 0, 4, undefined, { offset: 0.3, size: 1 }],
    [40, 1, 0, 4, 10, { offset: 4 + 11, size: 10 }],
  ])(
    'slot in a band of %d px, %d bars, #%d, gap %d, max %s',
    (band, count, index, gap, max, slot) => {
      const got = barSlot(band, count, index, gap, max);
      expect(got.offset).toBeCloseTo(slot.offset, 10);
      expect(got.size).toBeCloseTo(slot.size, 10);
    },
  );

  it.each([
    // y of 0, plot top, plot bottom → base
    [150, 10, 190, 150],
    [250, 10, 190, 190],
    [-40, 10, 190, 10],
    [undefined, 10, 190, 190],
  ] as const)(
    'bars whose 0 is at y %s, on a plot from %d to %d, grow from %d',
    (zero, top, bottom, base) => {
      expect(barBaseY(zero, top, bottom)).toBe(base);
    },
  );
});
