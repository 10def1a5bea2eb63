import { withNiceScales } from './plot-scales';
import type { PlotAxis, PlotReference, PlotSeries } from './plot-spec';

const line = (key: string, axis?: string): PlotSeries => ({
  key,
  name: key,
  colour: '#000',
  mark: 'line',
  shape: 'line',
  axis,
});
const rows = [
  { day: 1, a: 10, b: 1200, c: 0.2 },
  { day: 2, a: 35, b: null, c: 0.9 },
];
const goal = (value: number, extendDomain: boolean): PlotReference => ({
  axis: 'y',
  value,
  colour: '#000',
  label: 'Goal',
  extendDomain,
});

describe('withNiceScales', () => {
  it.each<{
    name: string;
    y: PlotAxis[];
    series: PlotSeries[];
    references?: PlotReference[];
    expected: PlotAxis[];
  }>([
    {
      name: 'an auto-scaled y axis gets the scale of its own series',
      y: [{ format: 'number' }],
      series: [line('a')],
      expected: [{ format: 'number', domain: [0, 36], ticks: [0, 9, 18, 27, 36] }],
    },
    {
      name: 'a reference line that extends the axis counts, one that does not is left out',
      y: [{ format: 'number' }],
      series: [line('a')],
      references: [goal(100, true), goal(1000, false)],
      expected: [{ format: 'number', domain: [0, 100], ticks: [0, 25, 50, 75, 100] }],
    },
    {
      name: 'two y axes each get the scale of the series measured on them',
      y: [
        { id: 'flows', format: 'number' },
        { id: 'levels', format: 'number' },
      ],
      series: [line('a', 'flows'), line('b', 'levels')],
      expected: [
        { id: 'flows', format: 'number', domain: [0, 36], ticks: [0, 9, 18, 27, 36] },
        { id: 'levels', format: 'number', domain: [0, 1200], ticks: [0, 300, 600, 900, 1200] },
      ],
    },
    {
      name: 'a given domain gets its ticks',
      y: [{ domain: [0, 1], format: 'percent' }],
      series: [line('c')],
      expected: [{ domain: [0, 1], format: 'percent', ticks: [0, 0.25, 0.5, 0.75, 1] }],
    },
    {
      name: 'a given domain the data goes beyond is left to Recharts (it widens it)',
      y: [{ domain: [0, 20], format: 'number' }],
      series: [line('a')],
      expected: [{ domain: [0, 20], format: 'number' }],
    },
    {
      name: 'given ticks and category axes are left as they are',
      y: [
        { ticks: [0, 50], format: 'number' },
        { id: 'c', type: 'category', dataKey: 'a' },
      ],
      series: [line('a')],
      expected: [
        { ticks: [0, 50], format: 'number' },
        { id: 'c', type: 'category', dataKey: 'a' },
      ],
    },
    {
      name: 'an axis with nothing to draw is left to Recharts',
      y: [{ format: 'number' }],
      series: [line('missing')],
      expected: [{ format: 'number' }],
    },
  ])('$name', ({ y, series, references, expected }) => {
    const x: PlotAxis = { dataKey: 'day', type: 'number', domain: [1, 2], ticks: [1, 2] };
    const scaled = withNiceScales({ x, y, series, references }, rows);
    expect(scaled.y).toEqual(expected);
    expect(scaled.x).toBe(x);
  });

  it('scales the x axis of a plot laid out vertically, its category y axis as it is', () => {
    const y: PlotAxis[] = [{ type: 'category', dataKey: 'day' }];
    const scaled = withNiceScales(
      { x: { type: 'number', format: 'number' }, y, series: [line('b')], layout: 'vertical' },
      rows,
    );
    expect(scaled.x).toEqual({
      type: 'number',
      format: 'number',
      domain: [0, 1200],
      ticks: [0, 300, 600, 900, 1200],
    });
    expect(scaled.y).toEqual(y);
  });
});
