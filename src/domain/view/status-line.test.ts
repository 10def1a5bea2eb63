import type { Kpis } from '../metrics/types';
import { kpisFixture } from './kpis-fixture';
import {
  demandSentence,
  granularityNote,
  isBeyondCapacity,
  statusLine,
  statusTone,
} from './status-line';

const german = (value: number) => value.toLocaleString('de-DE', { maximumFractionDigits: 0 });
const noTarget: Partial<Kpis> = {
  target: { kind: 'none', value: null, goal: null },
  record: null,
  remaining: null,
  requiredPerDay: null,
  chanceToReachTarget: null,
};

describe('status line', () => {
  it.each<[string, Partial<Kpis>, string, string]>([
    ['behind', {}, 'behind', 'Behind: 2,000/day needed, 1,050/day recent — best day so far 1,310'],
    [
      'behind without a best day',
      { bestDay: null },
      'behind',
      'Behind: 2,000/day needed, 1,050/day recent',
    ],
    [
      'behind with no recent deliveries',
      { pacePerDay: null, bestDay: null },
      'behind',
      'Behind: 2,000/day needed, no recent deliveries',
    ],
    [
      'on pace',
      { remaining: 11_200, daysLeft: 10, requiredPerDay: 1_120, pacePerDay: 1_240 },
      'on-pace',
      'On pace: 1,120/day needed, 1,240/day recent',
    ],
    [
      'exactly on pace',
      { requiredPerDay: 1_000, pacePerDay: 1_000 },
      'on-pace',
      'On pace: 1,000/day needed, 1,000/day recent',
    ],
    [
      'rounding per-day rates',
      { requiredPerDay: 1_119.6, pacePerDay: 1_240.4 },
      'on-pace',
      'On pace: 1,120/day needed, 1,240/day recent',
    ],
    ['reached', { remaining: 0, requiredPerDay: 0 }, 'reached', 'Target reached'],
    [
      'reached on the last day',
      { remaining: 0, daysLeft: 0, requiredPerDay: null },
      'reached',
      'Target reached',
    ],
    [
      'over',
      {
        deliveriesToDate: 97_000,
        target: { kind: 'goal', value: 100_000, goal: { low: 100_000 } },
        remaining: 3_000,
        daysLeft: 0,
        requiredPerDay: null,
      },
      'over',
      'Period over: 97,000 of 100,000',
    ],
    [
      'no target',
      noTarget,
      'no-target',
      'No target yet: type a goal, or a record when the data holds no earlier period',
    ],
    ['no data', { hasData: false }, 'no-data', 'No deliveries for this selection in 2019 Q2'],
  ])('%s', (_case, overrides, tone, text) => {
    const kpis = kpisFixture(overrides);
    expect(statusTone(kpis)).toBe(tone);
    expect(statusLine(kpis)).toBe(text);
  });

  it('uses the number format it is given', () => {
    expect(statusLine(kpisFixture({ bestDay: null, requiredPerDay: 12_345 }))).toContain('12,345');
    expect(statusLine(kpisFixture({ bestDay: null, requiredPerDay: 12_345 }), german)).toBe(
      'Behind: 12.345/day needed, 1.050/day recent',
    );
  });
});

describe('beyond demonstrated capacity', () => {
  it.each<[string, Partial<Kpis>, boolean]>([
    ['required above the best day', {}, true],
    ['required equal to the best day', { requiredPerDay: 1_310 }, false],
    ['required below the best day', { requiredPerDay: 900, pacePerDay: 800 }, false],
    ['no best day yet', { bestDay: null }, false],
    ['target reached', { remaining: 0, requiredPerDay: 0 }, false],
    ['period over', { daysLeft: 0, requiredPerDay: null }, false],
  ])('%s → %s', (_case, overrides, expected) => {
    expect(isBeyondCapacity(kpisFixture(overrides))).toBe(expected);
  });
});

describe('demand sentence', () => {
  it.each<[string, Partial<Kpis>, string | null]>([
    [
      'backlog covers remaining',
      {},
      'Demand is not the limit: 12,000 open orders cover the 2,000 remaining',
    ],
    [
      'backlog exactly covers',
      { openBacklog: 2_000 },
      'Demand is not the limit: 2,000 open orders cover the 2,000 remaining',
    ],
    [
      'one order covers one',
      { openBacklog: 1, remaining: 1 },
      'Demand is not the limit: 1 open order covers the 1 remaining',
    ],
    [
      'backlog short',
      { openBacklog: 1_500 },
      'Demand is the limit: 1,500 open orders for the 2,000 remaining',
    ],
    ['no backlog data', { openBacklog: null, openBacklogSource: null }, null],
    ['nothing remaining', { remaining: 0 }, null],
    ['period over', { daysLeft: 0, requiredPerDay: null }, null],
    ['no target', noTarget, null],
  ])('%s', (_case, overrides, expected) => {
    expect(demandSentence(kpisFixture(overrides))).toBe(expected);
  });
});

describe('granularity note', () => {
  it.each([
    ['day', 'day', null],
    ['month', 'month', 'This data is monthly: daily figures are spread evenly over each month.'],
    [
      'quarter',
      'quarter',
      'This data is quarterly: daily figures are spread evenly over each quarter.',
    ],
    [
      'quarter',
      'month',
      'This data mixes quarterly and monthly figures: each is spread evenly over the days of its quarter or month.',
    ],
    [
      'month',
      'day',
      'This data mixes monthly and daily figures: the monthly ones are spread evenly over the days of each month.',
    ],
  ] as const)('coarsest %s, finest %s', (granularity, finest, expected) => {
    expect(granularityNote(granularity, finest)).toBe(expected);
  });
});
