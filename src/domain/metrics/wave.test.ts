import { periodById } from '../periods/periods';
import type { Period } from '../periods/types';
import type { DailyRecord } from '../records/dataset';
import { cumulativeByDayOfPeriod, endOfPeriodShares, modelMix } from './series';
import { dataset, days, spread } from './test-fixtures';
import type { Selection } from './types';

const ALL: Selection = { regions: [], models: [] };

function period(id: string): Period {
  const found = periodById(id);
  if (!found) throw new Error(`bad test period ${id}`);
  return found;
}

/** Norway's 2019 Tesla registrations by month (DOMAIN.md), spread over days as imported. */
const NORWAY_2019: [string, string, number][] = [
  ['2019-01-01', '2019-01-31', 186],
  ['2019-02-01', '2019-02-28', 1_016],
  ['2019-03-01', '2019-03-31', 5_822],
  ['2019-04-01', '2019-04-30', 811],
  ['2019-05-01', '2019-05-31', 1_010],
  ['2019-06-01', '2019-06-30', 3_760],
  ['2019-07-01', '2019-07-31', 492],
  ['2019-08-01', '2019-08-31', 830],
  ['2019-09-01', '2019-09-30', 2_762],
  ['2019-10-01', '2019-10-31', 168],
  ['2019-11-01', '2019-11-30', 543],
  ['2019-12-01', '2019-12-31', 1_398],
];

function norway(through = 12): DailyRecord[] {
  return NORWAY_2019.slice(0, through).flatMap(([from, to, total]) =>
    spread(from, to, total, { region: 'NO', granularity: 'month' }),
  );
}

describe('endOfPeriodShares', () => {
  it('finds the wave of Norway 2019: 83 % of Q1 in March', () => {
    const shares = endOfPeriodShares(dataset(norway()), ALL);
    expect(shares.map((s) => s.periodLabel)).toEqual(['2019 Q1', '2019 Q2', '2019 Q3', '2019 Q4']);
    const [q1, q2] = shares;
    expect(q1?.total).toBe(7_024);
    expect(q1?.lastMonthShare).toBeCloseTo(5_822 / 7_024, 9);
    expect(Math.round((q1?.lastMonthShare ?? 0) * 100)).toBe(83);
    expect(q1?.last14DaysShare).toBeCloseTo(((5_822 / 31) * 14) / 7_024, 9);
    expect(q2?.total).toBe(5_581);
    expect(q2?.lastMonthShare).toBeCloseTo(3_760 / 5_581, 9);
  });

  it.each<[string, DailyRecord[], string[]]>([
    [
      'leaves out a quarter the data has not finished',
      norway(11),
      ['2019 Q1', '2019 Q2', '2019 Q3'],
    ],
    [
      'leaves out a quarter the data starts in the middle of',
      [...norway(), ...spread('2018-12-01', '2018-12-31', 50, { region: 'NO' })],
      ['2019 Q1', '2019 Q2', '2019 Q3', '2019 Q4'],
    ],
    [
      'counts a quarter finished by another region',
      [...norway(11), ...spread('2019-12-01', '2019-12-31', 50, { region: 'US' })],
      ['2019 Q1', '2019 Q2', '2019 Q3', '2019 Q4'],
    ],
    ['has nothing for no data', [], []],
  ])('%s', (_name, records, labels) => {
    const shares = endOfPeriodShares(dataset(records), { regions: ['NO'], models: [] });
    expect(shares.map((s) => s.periodLabel)).toEqual(labels);
  });

  it('uses fiscal quarters when asked', () => {
    const shares = endOfPeriodShares(dataset(norway()), ALL, 2);
    // Fiscal quarters from February: Feb–Apr, May–Jul, Aug–Oct 2019 are complete.
    expect(shares.map((s) => s.periodId)).toEqual(['FY2020-Q1', 'FY2020-Q2', 'FY2020-Q3']);
    expect(shares[0]?.lastMonthShare).toBeCloseTo(811 / (1_016 + 5_822 + 811), 9);
  });
});

describe('cumulativeByDayOfPeriod', () => {
  const data = dataset(
    norway(),
    days({ from: '2020-01-01', to: '2020-01-10', region: 'NO', values: () => ({ deliveries: 5 }) }),
  );

  it('draws this period, the three before and the record, flagged', () => {
    const series = cumulativeByDayOfPeriod(data, period('2020-Q1'), ALL);
    expect(series.map((s) => [s.periodLabel, s.isCurrent, s.isRecord])).toEqual([
      ['2020 Q1', true, false],
      ['2019 Q4', false, false],
      ['2019 Q3', false, false],
      ['2019 Q2', false, false],
      ['2019 Q1', false, true],
    ]);
    const [current, q4] = series;
    expect(current?.points).toHaveLength(10);
    expect(current?.points[9]).toEqual({ dayOfPeriod: 10, cumulative: 50 });
    expect(q4?.points).toHaveLength(92);
    expect(q4?.points[91]).toEqual({ dayOfPeriod: 92, cumulative: 2_109 });
    expect(q4?.points[30]?.cumulative).toBeCloseTo(168, 6);
  });

  it('flags the record among the earlier periods without repeating it', () => {
    const series = cumulativeByDayOfPeriod(data, period('2020-Q1'), ALL, { compareWith: 4 });
    expect(series.map((s) => [s.periodLabel, s.isRecord])).toEqual([
      ['2020 Q1', false],
      ['2019 Q4', false],
      ['2019 Q3', false],
      ['2019 Q2', false],
      ['2019 Q1', true],
    ]);
  });

  it('leaves out earlier periods without data', () => {
    const series = cumulativeByDayOfPeriod(data, period('2019-Q2'), ALL, { compareWith: 3 });
    expect(series.map((s) => s.periodLabel)).toEqual(['2019 Q2', '2019 Q1']);
    expect(series[1]?.isRecord).toBe(true);
  });
});

describe('modelMix', () => {
  const data = dataset(
    days({
      from: '2019-06-01',
      to: '2019-06-03',
      model: 'Model 3',
      values: () => ({ deliveries: 10 }),
    }),
    days({
      from: '2019-06-01',
      to: '2019-06-02',
      model: 'Model S',
      values: () => ({ deliveries: 15 }),
    }),
    days({
      from: '2019-06-01',
      to: '2019-06-03',
      region: 'NO',
      model: 'Model X',
      values: () => ({ deliveries: 1 }),
    }),
    days({
      from: '2019-06-01',
      to: '2019-06-03',
      region: 'NO',
      values: () => ({ production: 100 }),
    }),
    days({
      from: '2019-05-01',
      to: '2019-05-03',
      model: 'Model Y',
      values: () => ({ deliveries: 99 }),
    }),
  );

  it.each<[string, Selection, { model: string; deliveries: number }[]]>([
    [
      'everything, most first, ties by name',
      ALL,
      [
        { model: 'Model 3', deliveries: 30 },
        { model: 'Model S', deliveries: 30 },
        { model: 'Model X', deliveries: 3 },
      ],
    ],
    ['one region', { regions: ['NO'], models: [] }, [{ model: 'Model X', deliveries: 3 }]],
    ['one model', { regions: [], models: ['Model S'] }, [{ model: 'Model S', deliveries: 30 }]],
    ['nothing selected', { regions: ['CN'], models: [] }, []],
  ])('%s', (_name, selection, expected) => {
    expect(modelMix(data, period('2019-06'), selection)).toEqual(expected);
  });
});
