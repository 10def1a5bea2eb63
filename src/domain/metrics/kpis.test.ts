import { periodById } from '../periods/periods';
import type { FiscalYearStartMonth, Period } from '../periods/types';
import { isoFromDay } from '../records/calendar-day';
import type { Dataset } from '../records/dataset';
import { computeKpis } from './kpis';
import { dataset, day, days, spread } from './test-fixtures';
import type { Kpis, Selection, TargetSettings } from './types';

const ALL: Selection = { regions: [], models: [] };

function period(id: string, fiscalStart: FiscalYearStartMonth = 1): Period {
  const found = periodById(id, fiscalStart);
  if (!found) throw new Error(`bad test period ${id}`);
  return found;
}

function kpisOf(
  data: Dataset,
  periodId: string,
  settings: TargetSettings = {},
  selection: Selection = ALL,
): Kpis {
  return computeKpis(data, period(periodId), selection, settings);
}

describe('the cases of DOMAIN.md', () => {
  it('June 2019: 31,000 of a 33,000 goal delivered by June 29 leaves 2,000 in 1 day', () => {
    // 28 days of 1,000 and a 3,000 day: 31,000 by June 29.
    const june = dataset(
      days({
        from: '2019-06-01',
        to: '2019-06-29',
        region: 'North America',
        values: (i) => ({ deliveries: i === 28 ? 3_000 : 1_000 }),
      }),
    );
    const kpis = kpisOf(june, '2019-06', { goal: { low: 33_000 } });
    expect(isoFromDay(kpis.asOf ?? NaN)).toBe('2019-06-29');
    expect(kpis.deliveriesToDate).toBe(31_000);
    expect(kpis.target).toEqual({ kind: 'goal', value: 33_000, goal: { low: 33_000 } });
    expect(kpis.remaining).toBe(2_000);
    expect(kpis.daysLeft).toBe(1);
    expect(kpis.requiredPerDay).toBe(2_000);
  });

  it('Q3 2019 against the Q2 2019 record of 95,200 with a goal of 100,000', () => {
    const quarters = dataset(
      spread('2019-01-01', '2019-03-31', 63_000),
      spread('2019-04-01', '2019-06-30', 95_200),
      spread('2019-07-01', '2019-07-31', 30_000),
    );
    const kpis = kpisOf(quarters, '2019-Q3', { goal: { low: 100_000 } });
    expect(kpis.record).toEqual({ total: 95_200, periodLabel: '2019 Q2', periodId: '2019-Q2' });
    expect(kpis.target.kind).toBe('goal');
    expect(kpis.target.value).toBe(100_000);
    expect(kpis.deliveriesToDate).toBe(30_000);
    expect(kpis.remaining).toBe(70_000);
    expect(kpis.granularity).toBe('day');
    // Without a goal the record is the target.
    const againstRecord = kpisOf(quarters, '2019-Q3');
    expect(againstRecord.target).toEqual({ kind: 'record', value: 95_200, goal: null });
    expect(againstRecord.remaining).toBe(65_200);
  });
});

/** US: 100 a day through 2019-06-20 (Q2), plus 50 a day in Q1. */
const q2 = dataset(
  days({ from: '2019-01-01', to: '2019-03-31', values: () => ({ deliveries: 50 }) }),
  days({ from: '2019-04-01', to: '2019-06-20', values: () => ({ deliveries: 100 }) }),
);

describe('as of, deliveries to date and days left', () => {
  it.each<[string, Dataset, string, Selection, string | null, number, number, boolean]>([
    ['a period with data', q2, '2019-Q2', ALL, '2019-06-20', 8_100, 10, true],
    ['a period with no data yet', q2, '2019-Q3', ALL, null, 0, 92, false],
    ['a finished period', q2, '2019-Q1', ALL, '2019-03-31', 4_500, 0, true],
    [
      'a selection with one day of data',
      dataset(days({ from: '2019-05-10', to: '2019-05-10', values: () => ({ deliveries: 7 }) })),
      '2019-Q2',
      ALL,
      '2019-05-10',
      7,
      51,
      true,
    ],
    [
      'a selection whose region is missing',
      q2,
      '2019-Q2',
      { regions: ['NO'], models: [] },
      null,
      0,
      91,
      false,
    ],
  ])('%s', (_name, data, periodId, selection, asOf, delivered, daysLeft, hasData) => {
    const kpis = kpisOf(data, periodId, {}, selection);
    expect(kpis.asOf === null ? null : isoFromDay(kpis.asOf)).toBe(asOf);
    expect(kpis.deliveriesToDate).toBe(delivered);
    expect(kpis.daysLeft).toBe(daysLeft);
    expect(kpis.hasData).toBe(hasData);
  });

  // The period is over once the dataset, any region, has data on or after its last day.
  it.each<[string, string, string]>([
    ['other regions reach the last day', '2019-06-30', '2019-06-30'],
    ['other regions reach a later day', '2019-07-03', '2019-06-30'],
    ['no region reaches the last day', '2019-06-29', '2019-06-25'],
  ])('Norway with data to June 25 when %s (US to %s) is as of %s', (_name, usTo, expected) => {
    const data = dataset(
      days({ from: '2019-06-01', to: usTo, region: 'US', values: () => ({ deliveries: 10 }) }),
      days({
        from: '2019-06-01',
        to: '2019-06-25',
        region: 'NO',
        values: () => ({ deliveries: 3 }),
      }),
    );
    const kpis = kpisOf(data, '2019-06', {}, { regions: ['NO'], models: [] });
    expect(isoFromDay(kpis.asOf ?? NaN)).toBe(expected);
    expect(kpis.deliveriesToDate).toBe(75);
    expect(kpis.daysLeft).toBe(day30(expected));
  });

  it('does not move as of for rows of blank cells', () => {
    const data = dataset(
      days({ from: '2019-06-01', to: '2019-06-10', values: () => ({ deliveries: 1 }) }),
      days({ from: '2019-06-11', to: '2019-06-30', values: () => ({}) }),
    );
    expect(isoFromDay(kpisOf(data, '2019-06').asOf ?? NaN)).toBe('2019-06-10');
  });
});

function day30(iso: string): number {
  return 30 - Number(iso.slice(8));
}

describe('record and target', () => {
  const history = dataset(
    spread('2018-10-01', '2018-12-31', 900),
    // Q1 2019 has no deliveries at all, only production: it is no record of 0.
    spread('2019-01-01', '2019-03-31', 5_000, { measure: 'production' }),
    spread('2019-04-01', '2019-06-30', 900),
    days({ from: '2019-07-01', to: '2019-07-10', values: () => ({ deliveries: 10 }) }),
  );

  it.each<[string, Dataset, string, TargetSettings, Kpis['record'], Kpis['target'], number | null]>(
    [
      [
        'the first of two equal quarters is the record',
        history,
        '2019-Q3',
        {},
        { total: 900, periodLabel: '2018 Q4', periodId: '2018-Q4' },
        { kind: 'record', value: 900, goal: null },
        800,
      ],
      [
        'an earlier period that is not the previous one counts',
        history,
        '2019-Q2',
        {},
        { total: 900, periodLabel: '2018 Q4', periodId: '2018-Q4' },
        { kind: 'record', value: 900, goal: null },
        0,
      ],
      [
        'a typed record replaces the data',
        history,
        '2019-Q3',
        { recordOverride: 2_000 },
        { total: 2_000, periodLabel: 'typed', periodId: null },
        { kind: 'record', value: 2_000, goal: null },
        1_900,
      ],
      [
        'a range goal counts from its low end',
        history,
        '2019-Q3',
        { goal: { low: 330, high: 360 } },
        { total: 900, periodLabel: '2018 Q4', periodId: '2018-Q4' },
        { kind: 'goal', value: 330, goal: { low: 330, high: 360 } },
        230,
      ],
      [
        'no earlier period and no goal: no target',
        history,
        '2018-Q4',
        {},
        null,
        { kind: 'none', value: null, goal: null },
        null,
      ],
      [
        'a goal without any record',
        history,
        '2018-Q4',
        { goal: { low: 1_000 } },
        null,
        { kind: 'goal', value: 1_000, goal: { low: 1_000 } },
        100,
      ],
      [
        'a month compares with earlier months',
        dataset(
          spread('2018-10-01', '2018-10-31', 300),
          spread('2018-11-01', '2018-11-30', 250),
          days({ from: '2019-07-01', to: '2019-07-10', values: () => ({ deliveries: 10 }) }),
        ),
        '2019-07',
        {},
        { total: 300, periodLabel: 'October 2018', periodId: '2018-10' },
        { kind: 'record', value: 300, goal: null },
        200,
      ],
    ],
  )('%s', (_name, data, periodId, settings, record, target, remaining) => {
    const kpis = kpisOf(data, periodId, settings);
    expect(kpis.record).toEqual(record);
    expect(kpis.target).toEqual(target);
    expect(kpis.remaining).toBe(remaining);
    if (remaining === null) {
      expect(kpis.requiredPerDay).toBeNull();
      expect(kpis.chanceToReachTarget).toBeNull();
    }
  });

  it('finds the record among fiscal quarters of the same scheme', () => {
    const data = dataset(
      spread('2019-04-01', '2019-06-30', 500),
      spread('2019-07-01', '2019-09-30', 800),
      days({ from: '2019-10-01', to: '2019-10-05', values: () => ({ deliveries: 10 }) }),
    );
    const kpis = computeKpis(data, period('FY2020-Q1', 10), ALL, {});
    expect(kpis.record).toEqual({ total: 800, periodLabel: 'FY2019 Q4', periodId: 'FY2019-Q4' });
    expect(isoFromDay(kpis.period.start)).toBe('2019-10-01');
    expect(kpis.daysLeft).toBe(87);
  });
});

describe('remaining, required rate, pace, projection and chance', () => {
  it.each<[string, Dataset, string, TargetSettings, Partial<Kpis>]>([
    [
      'a target already beaten',
      q2,
      '2019-Q2',
      { goal: { low: 8_000 } },
      { remaining: 0, requiredPerDay: 0, chanceToReachTarget: 100, daysLeft: 10 },
    ],
    [
      'the last day with something remaining',
      q2,
      '2019-Q1',
      { goal: { low: 5_000 } },
      { remaining: 500, requiredPerDay: null, chanceToReachTarget: 0, daysLeft: 0 },
    ],
    [
      'the last day with the target reached',
      q2,
      '2019-Q1',
      { goal: { low: 4_500 } },
      { remaining: 0, requiredPerDay: null, chanceToReachTarget: 100, daysLeft: 0 },
    ],
    [
      'a steady pace that just makes it',
      q2,
      '2019-Q2',
      { goal: { low: 9_100 } },
      {
        remaining: 1_000,
        requiredPerDay: 100,
        pacePerDay: 100,
        paceDays: 7,
        projectedTotal: 9_100,
        chanceToReachTarget: 100,
      },
    ],
    [
      'a steady pace that misses by one',
      q2,
      '2019-Q2',
      { goal: { low: 9_101 } },
      { remaining: 1_001, requiredPerDay: 100.1, projectedTotal: 9_100, chanceToReachTarget: 0 },
    ],
    [
      'no data yet in the period',
      q2,
      '2019-Q3',
      { goal: { low: 100 } },
      {
        remaining: 100,
        pacePerDay: null,
        paceDays: 0,
        projectedTotal: null,
        chanceToReachTarget: null,
      },
    ],
  ])('%s', (_name, data, periodId, settings, expected) => {
    expect(kpisOf(data, periodId, settings)).toMatchObject(expected);
  });

  it.each<[string, number, number]>([
    ['the first day', 1, 1],
    ['the third day', 3, 3],
    ['the seventh day', 7, 7],
    ['the twentieth day', 20, 7],
  ])('averages the pace over fewer days early in the period: %s', (_name, dataDays, paceDays) => {
    const data = dataset(
      days({
        from: '2019-04-01',
        to: isoFromDay(day('2019-04-01') + dataDays - 1),
        values: (i) => ({ deliveries: i + 1 }),
      }),
    );
    const kpis = kpisOf(data, '2019-Q2');
    // The last paceDays days hold dataDays − paceDays + 1 … dataDays.
    const expectedSum = ((dataDays + (dataDays - paceDays + 1)) * paceDays) / 2;
    expect(kpis.paceDays).toBe(paceDays);
    expect(kpis.pacePerDay).toBeCloseTo(expectedSum / paceDays, 9);
    expect(kpis.projectedTotal).toBeCloseTo(
      kpis.deliveriesToDate + (expectedSum / paceDays) * kpis.daysLeft,
      6,
    );
  });

  it('counts days without rows as 0 in the pace once later data exists', () => {
    const data = dataset(
      days({ from: '2019-04-01', to: '2019-04-01', values: () => ({ deliveries: 70 }) }),
      days({ from: '2019-04-10', to: '2019-04-10', values: () => ({ deliveries: 14 }) }),
    );
    expect(kpisOf(data, '2019-Q2')).toMatchObject({ pacePerDay: 2, paceDays: 7 });
  });

  it('matches the binomial odds when recent days alternate between 0 and 2,000', () => {
    // 14 recent days alternating 0 / 2,000; 10 days left; 10,000 more needs ≥ 5 of 10 draws
    // to be 2,000: P(X ≥ 5) for X ~ Binomial(10, ½) = 638 / 1024 ≈ 62.3 %.
    const data = dataset(
      days({
        from: '2019-06-07',
        to: '2019-06-20',
        values: (i) => ({ deliveries: i % 2 === 0 ? 0 : 2_000 }),
      }),
    );
    const kpis = kpisOf(data, '2019-Q2', { goal: { low: 24_000 } });
    expect(kpis.remaining).toBe(10_000);
    expect(kpis.daysLeft).toBe(10);
    expect(kpis.chanceToReachTarget).toBeGreaterThan(62.3 - 1.5);
    expect(kpis.chanceToReachTarget).toBeLessThan(62.3 + 1.5);
    expect(kpisOf(data, '2019-Q2', { goal: { low: 24_000 } }).chanceToReachTarget).toBe(
      kpis.chanceToReachTarget,
    );
  });

  it('skips the simulation when asked', () => {
    const kpis = computeKpis(
      q2,
      period('2019-Q2'),
      ALL,
      { goal: { low: 9_500 } },
      { simulate: false },
    );
    expect(kpis.chanceToReachTarget).toBeNull();
    expect(kpis.remaining).toBe(1_400);
  });
});
