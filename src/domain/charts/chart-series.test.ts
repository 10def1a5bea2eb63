import fc from 'fast-check';
import type { Selection, TargetSettings } from '../metrics';
import { periodById } from '../periods';
import { datasetFromRecords, dayFromIso, type DailyRecord } from '../records';
import { chartSeriesCache, computeChartSeries, regionsOf, type ChartSeries } from './chart-series';

function day(iso: string): number {
  const parsed = dayFromIso(iso);
  if (parsed === null) throw new Error(`bad test date ${iso}`);
  return parsed;
}

/** April to June 2019: the US 100 a day (Model 3), Norway 10 a day (Model S), production in the US. */
function dataset() {
  const records: DailyRecord[] = [];
  for (let d = day('2019-04-01'); d <= day('2019-06-20'); d++) {
    records.push({
      day: d,
      region: 'US',
      model: 'Model 3',
      values: { deliveries: 100, production: 120 },
    });
    records.push({ day: d, region: 'NO', model: 'Model S', values: { deliveries: 10 } });
  }
  return datasetFromRecords(records, ['test.csv']);
}

const data = dataset();
const june = periodById('2019-06')!;
const may = periodById('2019-05')!;
const q2 = periodById('2019-Q2')!;
const all: Selection = { regions: [], models: [] };
const us: Selection = { regions: ['US'], models: [] };
const parts = [
  'daily',
  'burnDown',
  'cumulative',
  'regions',
  'modelMix',
  'endOfPeriodShares',
] as const;

/** Which parts of `after` are the very same objects as in `before`. */
function kept(before: ChartSeries, after: ChartSeries): string[] {
  return parts.filter((part) => before[part] === after[part]);
}

describe('regionsOf', () => {
  it.each([
    [all, ['North America', 'Europe']],
    [us, ['US']],
    [{ regions: ['Europe', 'US'], models: [] }, ['Europe', 'US']],
  ])('%j has small charts for %j', (selection, expected) => {
    expect(regionsOf(data, selection)).toEqual(expected);
  });
});

describe('chartSeriesCache', () => {
  it('gives the same series as computing them afresh', () => {
    const seriesFor = chartSeriesCache();
    for (const [period, selection] of [
      [june, all],
      [may, us],
      [june, us],
    ] as const) {
      expect(seriesFor({ dataset: data, period, selection, settings: {} })).toEqual(
        computeChartSeries(data, period, selection, {}),
      );
    }
  });

  it.each([
    ['the same view in new objects', june, all, {}, june, { ...all }, {}, parts],
    ['another period', june, all, {}, may, all, {}, ['endOfPeriodShares']],
    ['another quarter', q2, all, {}, periodById('2019-Q1')!, all, {}, ['endOfPeriodShares']],
    [
      'a goal',
      june,
      all,
      {},
      june,
      all,
      { goal: { low: 5000 } },
      ['cumulative', 'modelMix', 'endOfPeriodShares'],
    ],
    ['another selection', june, all, {}, june, us, {}, []],
  ] as const)(
    'after %s keeps the series that do not depend on it',
    (_, period, selection, settings, nextPeriod, nextSelection, nextSettings, expected) => {
      const seriesFor = chartSeriesCache();
      const before = seriesFor({ dataset: data, period, selection, settings });
      const after = seriesFor({
        dataset: data,
        period: nextPeriod,
        selection: nextSelection,
        settings: nextSettings as TargetSettings,
      });
      expect(kept(before, after)).toEqual(expected);
      if (expected.length === parts.length) expect(after).toBe(before);
    },
  );

  it('starts again for another dataset', () => {
    const seriesFor = chartSeriesCache();
    const before = seriesFor({ dataset: data, period: june, selection: all, settings: {} });
    const after = seriesFor({ dataset: dataset(), period: june, selection: all, settings: {} });
    expect(kept(before, after)).toEqual([]);
    expect(after).toEqual(before);
  });

  it('compares settings by value, whatever the order of their keys', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            goal: fc.record({ low: fc.nat(), high: fc.nat() }),
            recordOverride: fc.nat(),
            openingBacklog: fc.nat(),
          },
          { requiredKeys: [] },
        ),
        (settings) => {
          const seriesFor = chartSeriesCache();
          const before = seriesFor({ dataset: data, period: june, selection: us, settings });
          const reversed = Object.fromEntries(Object.entries(settings).reverse()) as TargetSettings;
          const copy = JSON.parse(JSON.stringify(reversed)) as TargetSettings;
          expect(seriesFor({ dataset: data, period: june, selection: us, settings: copy })).toBe(
            before,
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});
