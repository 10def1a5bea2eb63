import { chartFormat } from '../../../domain/charts';
import type { Kpis } from '../../../domain/metrics';
import { captionOf, granularityNote, selectionInWords, targetInWords } from './chart-captions';
import { day } from './test-data';

const format = chartFormat('en-US');

describe('selectionInWords', () => {
  it.each([
    [[], [], 'All regions · All models'],
    [['Europe', 'NO'], ['Model 3'], 'Europe, Norway · Model 3'],
    [['US'], [''], 'United States · No model given'],
  ])('%j × %j reads "%s"', (regions, models, words) => {
    expect(selectionInWords({ regions, models })).toBe(words);
  });
});

describe('targetInWords', () => {
  const kpis = (target: Partial<Kpis['target']>, record: Kpis['record'] = null) =>
    ({ target: { kind: 'none', value: null, goal: null, ...target }, record }) as Kpis;

  it.each([
    [kpis({ kind: 'goal', value: 100000, goal: { low: 100000 } }), 'the 100,000 goal'],
    [
      kpis({ kind: 'goal', value: 33000, goal: { low: 33000, high: 36000 } }),
      'the 33,000–36,000 goal',
    ],
    [
      kpis(
        { kind: 'record', value: 95200 },
        { total: 95200, periodLabel: '2019 Q2', periodId: '2019-Q2' },
      ),
      'the 2019 Q2 record (95,200)',
    ],
    [
      kpis(
        { kind: 'record', value: 95200 },
        { total: 95200, periodLabel: 'typed', periodId: null },
      ),
      'the record (95,200)',
    ],
    [kpis({}), null],
  ])('%#: %s', (input, words) => {
    expect(targetInWords(input, format)).toBe(words);
  });
});

describe('granularityNote', () => {
  it.each([
    ['day', 'day', 'bars', null],
    ['month', 'month', 'bars', 'Counted per month: one bar per month, as the data was given.'],
    [
      'quarter',
      'quarter',
      'spread',
      "Counted per quarter: each quarter's figure is spread evenly over its days.",
    ],
    [
      'quarter',
      'quarter',
      'bars',
      "Counted per quarter: one bar per month, each quarter's figure spread evenly over its days.",
    ],
    [
      'quarter',
      'month',
      'spread',
      'Counted per quarter and per month: each figure is spread evenly over the days of its quarter or month.',
    ],
    [
      'quarter',
      'month',
      'bars',
      "Counted per quarter and per month: one bar per month, each quarter's figure spread evenly over its days.",
    ],
    [
      'month',
      'day',
      'spread',
      "Partly counted per month: each month's figure is spread evenly over its days.",
    ],
    ['month', 'day', 'bars', 'Partly counted per month: one bar per month.'],
  ] as const)('%s to %s data, %s: %s', (granularity, finestGranularity, kind, note) => {
    expect(granularityNote({ granularity, finestGranularity } as Kpis, kind)).toBe(note);
  });
});

describe('captionOf', () => {
  it('names the selection, the as-of day and the files', () => {
    expect(
      captionOf(
        { asOf: day('2019-06-29') } as Kpis,
        { regions: [], models: [] },
        ['a.csv'],
        format,
      ),
    ).toEqual({ selection: 'All regions · All models', asOf: 'Jun 29, 2019', sources: ['a.csv'] });
    expect(
      captionOf({ asOf: null } as Kpis, { regions: [], models: [] }, [], format).asOf,
    ).toBeNull();
  });
});
