import fc from 'fast-check';
import type { Selection, TargetSettings } from '../metrics';
import { periodById } from '../periods';
import type { Period } from '../periods/types';
import { datasetFromRecords, dayFromIso, type DailyRecord } from '../records';
import {
  CHART_SERIES_PARTS,
  chartSeriesCache,
  computeChartSeries,
  regionsOf,
  type ChartSeries,
} from './chart-series';

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
const parts = CHART_SERIES_PARTS;

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

describe('chartSeriesCache().part', () => {
  const input = (period: Period, selection: Selection, settings: TargetSettings = {}) => ({
    dataset: data,
    period,
    selection,
    settings,
  });

  it.each([
    ['the same view in new objects', input(june, all), input(june, { ...all }), parts],
    ['another period', input(june, all), input(may, all), ['endOfPeriodShares']],
    [
      'a goal',
      input(june, all),
      input(june, all, { goal: { low: 5000 } }),
      ['cumulative', 'modelMix', 'endOfPeriodShares'],
    ],
    ['another selection', input(june, all), input(june, us), []],
  ] as const)(
    'after %s recomputes only the parts that depend on it',
    (_, first, next, expected) => {
      const cache = chartSeriesCache();
      const before = parts.map((part) => cache.part(part, first));
      const after = parts.map((part) => cache.part(part, next));
      expect(parts.filter((_, i) => before[i] === after[i])).toEqual(expected);
    },
  );

  it('shares its entries with the whole: parts asked for first are not computed again', () => {
    const cache = chartSeriesCache();
    const view = input(june, all);
    const burnDown = cache.part('burnDown', view);
    const europe = cache.region('Europe', view);
    const whole = cache(view);
    expect(whole.burnDown).toBe(burnDown);
    expect(whole.regions.find((entry) => entry.region === 'Europe')).toBe(europe);
    expect(cache.part('regions', view)).toBe(whole.regions);
    expect(cache(view)).toBe(whole);
  });

  it('keeps each part to its own dataset: a view of an older dataset recomputes only its part', () => {
    const cache = chartSeriesCache();
    const other = dataset();
    const daily = cache.part('daily', input(june, all));
    const modelMix = cache.part('modelMix', input(june, all));
    const otherDaily = cache.part('daily', { ...input(june, all), dataset: other });
    expect(otherDaily).not.toBe(daily);
    expect(otherDaily).toEqual(daily);
    expect(cache.part('modelMix', input(june, all))).toBe(modelMix);
  });
});

describe('chartSeriesCache().region', () => {
  const europeAndUs: Selection = { regions: ['Europe', 'US'], models: [] };
  const europe: Selection = { regions: ['Europe'], models: [] };
  const europeModelS: Selection = { regions: ['Europe'], models: ['Model S'] };
  const goal: TargetSettings = { goal: { low: 5000 } };

  it.each([
    ['the same view in new objects', true, june, europeAndUs, {}, june, { ...europeAndUs }, {}],
    ['another region selected beside it', true, june, europe, {}, june, europeAndUs, {}],
    ['a goal, with other regions selected', true, june, europeAndUs, {}, june, europeAndUs, goal],
    ['a goal, as the whole selection', false, june, europe, {}, june, europe, goal],
    ['the whole selection no more', false, june, europe, goal, june, europeAndUs, goal],
    ['another period', false, june, europe, {}, may, europe, {}],
    ['a model', false, june, europe, {}, june, europeModelS, {}],
  ] as const)(
    "after %s keeps Europe's series: %s",
    (_, keeps, period, selection, settings, nextPeriod, nextSelection, nextSettings) => {
      const cache = chartSeriesCache();
      const before = cache.region('Europe', { dataset: data, period, selection, settings });
      const next = {
        dataset: data,
        period: nextPeriod,
        selection: nextSelection,
        settings: nextSettings as TargetSettings,
      };
      const after = cache.region('Europe', next);
      expect(after === before).toBe(keeps);
      // Kept or not, it is what the whole view gives.
      expect(after).toEqual(
        computeChartSeries(data, nextPeriod, nextSelection, next.settings).regions.find(
          (entry) => entry.region === 'Europe',
        ),
      );
    },
  );
});

describe('per-part series', () => {
  const periods = [june, may, q2, periodById('2019-Q1')!, periodById('2019-04')!];
  const selections: Selection[] = [
    all,
    us,
    { regions: ['Europe'], models: [] },
    { regions: ['NO', 'US'], models: ['Model S'] },
    { regions: [], models: ['Model 3'] },
  ];
  const view = fc.record({
    period: fc.constantFrom(...periods),
    selection: fc.constantFrom(...selections),
    settings: fc.record(
      { goal: fc.record({ low: fc.nat(20_000) }), openingBacklog: fc.nat(5000) },
      { requiredKeys: [] },
    ),
  });

  it('equal computeChartSeries, whatever the views before and the order asked in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(view, fc.shuffledSubarray([...parts], { minLength: 1 })), {
          minLength: 1,
          maxLength: 5,
        }),
        (views) => {
          const cache = chartSeriesCache();
          for (const [{ period, selection, settings }, order] of views) {
            const input = { dataset: data, period, selection, settings };
            const expected = computeChartSeries(data, period, selection, settings);
            for (const part of order) expect(cache.part(part, input)).toEqual(expected[part]);
            for (const entry of expected.regions) {
              expect(cache.region(entry.region, input)).toEqual(entry);
            }
            expect(cache(input)).toEqual(expected);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
