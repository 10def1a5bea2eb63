import { chartFormat } from '../../../domain/charts';
import type { DailyPoint, Kpis } from '../../../domain/metrics';
import { dailyMode, dailyRows, everyNth, presentMeasures } from './daily-rows';
import { day } from './test-data';

const format = chartFormat('en-US');

function point(iso: string, deliveries: number | null, backlog: number | null = null): DailyPoint {
  return { day: day(iso), deliveries, production: null, orders: null, backlog, inventory: null };
}

const points = [
  point('2019-06-28', 10, 500),
  point('2019-06-29', 20, 480),
  point('2019-06-30', 30, 470),
  point('2019-07-01', 40, 460),
  point('2019-07-02', null, null),
];

describe('dailyMode', () => {
  it.each([
    ['day', 92, 4, 'day'],
    ['day', 1200, 2, 'week'],
    ['month', 92, 4, 'month'],
    ['quarter', 92, 1, 'month'],
  ] as const)('%s data, %i days × %i series: per %s', (granularity, days, series, mode) => {
    expect(dailyMode({ granularity } as Kpis, days, series)).toBe(mode);
  });
});

describe('dailyRows', () => {
  it('keeps days as they are', () => {
    const rows = dailyRows(points, 'day', format);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toStrictEqual({
      day: day('2019-06-28'),
      label: 'Jun 28, 2019',
      deliveries: 10,
      production: null,
      backlog: 500,
      inventory: null,
    });
  });

  it.each([
    [
      'week',
      [
        // A partial week is named by its first day in the range.
        ['Week of Jun 28', 60, 470],
        ['Week of Jul 1', 40, 460],
      ],
    ],
    [
      'month',
      [
        ['Jun 2019', 60, 470],
        ['Jul 2019', 40, 460],
      ],
    ],
  ] as const)('per %s: flows summed, levels at the end', (mode, expected) => {
    const rows = dailyRows(points, mode, format);
    expect(rows.map((r) => [r.label, r.deliveries, r.backlog])).toEqual(expected);
  });
});

describe('presentMeasures', () => {
  it('leaves out measures without any value', () => {
    expect(presentMeasures(points, ['deliveries', 'production', 'backlog'] as const)).toEqual([
      'deliveries',
      'backlog',
    ]);
  });
});

describe('everyNth', () => {
  it.each([
    [[1, 2, 3, 4, 5], 10, [1, 2, 3, 4, 5]],
    [[1, 2, 3, 4, 5], 3, [1, 3, 5]],
    [[1, 2, 3, 4, 5], 2, [1, 4]],
    [[], 3, []],
  ])('%j in at most %i: %j', (values, max, expected) => {
    expect(everyNth(values, max)).toEqual(expected);
  });
});
