import fc from 'fast-check';
import {
  burnDownSeries,
  computeKpis,
  cumulativeByDayOfPeriod,
  dailySeries,
  endOfPeriodShares,
  modelMix,
  type Selection,
  type TargetSettings,
} from '../metrics';
import { periodById, periodOf } from '../periods';
import type { FiscalYearStartMonth, Period } from '../periods/types';
import { datasetFromRecords } from '../records/build-dataset';
import { dayFromIso } from '../records/calendar-day';
import type { DailyRecord, Dataset } from '../records/dataset';
import { MEASURES } from '../records/measures';
import { regionTree } from '../records/regions';
import { generateSample } from '../sample';
import { DEFAULT_VIEW } from '../view/view-state';
import { shareFragment } from './share-link';
import { readSharedView, sharePayloadOf } from './share-payload';

const sample = datasetFromRecords(generateSample(), ['record-pace-sample-2019.csv']);

function period(id: string, fiscalStart: FiscalYearStartMonth = 1): Period {
  const found = periodById(id, fiscalStart);
  if (!found) throw new Error(`no period ${id}`);
  return found;
}

/** The sender's data through a link and back, as the receiver's app gets it. */
function received(dataset: Dataset, at: Period, selection: Selection): Dataset {
  const view = { ...DEFAULT_VIEW, regions: selection.regions, models: selection.models };
  const payload = sharePayloadOf({ dataset, view, period: at, sources: dataset.sources });
  const read = readSharedView(`#${shareFragment(payload)}`);
  if (!read.ok) throw new Error(read.error.message);
  return read.value.dataset;
}

/** Each small chart's region, as the dashboard picks them. */
function chartRegions(dataset: Dataset, selection: Selection): string[] {
  return selection.regions.length === 0
    ? regionTree(dataset).map((group) => group.continent)
    : selection.regions;
}

/** Everything the dashboard draws for a view: the KPIs, every chart's series, every region's. */
function screen(dataset: Dataset, at: Period, selection: Selection, settings: TargetSettings) {
  return {
    kpis: computeKpis(dataset, at, selection, settings),
    daily: dailySeries(dataset, at, selection, settings),
    burnDown: burnDownSeries(dataset, at, selection, settings),
    cumulative: cumulativeByDayOfPeriod(dataset, at, selection, { compareWith: 4 }),
    modelMix: modelMix(dataset, at, selection),
    wave: endOfPeriodShares(dataset, selection),
    regions: chartRegions(dataset, selection).map((region) => ({
      region,
      kpis: computeKpis(
        dataset,
        at,
        { regions: [region], models: selection.models },
        {},
        {
          simulate: false,
        },
      ),
    })),
  };
}

describe('a shared view shows what the sender sees', () => {
  it.each([
    ['2019-Q4', [], [], {}],
    ['2019-Q3', [], [], { goal: { low: 100_000 } }],
    ['2019-Q2', ['Europe'], [], {}],
    ['2019-Q2', ['Europe', 'US'], ['Model 3'], { goal: { low: 33_000, high: 36_000 } }],
    ['2019-06', ['North America'], [], { goal: { low: 33_000 } }],
    ['2019-03', ['NO'], [], {}],
    ['2019-Q1', ['CN', 'NO', 'Europe'], ['Model S/X'], { recordOverride: 9000 }],
    ['2019-Q3', [], ['Model 3', 'Model S/X'], { openingBacklog: 1200 }],
  ] as const)('%s for %j × %j with %j', (id, regions, models, settings) => {
    const at = period(id);
    const selection = { regions: [...regions], models: [...models] };
    const shared = received(sample, at, selection);
    expect(screen(shared, at, selection, settings)).toEqual(
      screen(sample, at, selection, settings),
    );
  });

  it('keeps a period over when only unselected rows reach its end', () => {
    const d = (iso: string) => dayFromIso(iso) as number;
    const records: DailyRecord[] = [
      { day: d('2019-06-10'), region: 'NO', values: { deliveries: 50 } },
      { day: d('2019-06-12'), region: 'NO', values: { deliveries: 70 } },
      { day: d('2019-07-02'), region: 'US', values: { production: 400 } },
    ];
    const dataset = datasetFromRecords(records);
    const june = period('2019-06');
    const norway = { regions: ['NO'], models: [] };
    const before = computeKpis(dataset, june, norway, { goal: { low: 500 } });
    expect(before.asOf).toBe(june.end);
    expect(
      computeKpis(received(dataset, june, norway), june, norway, { goal: { low: 500 } }),
    ).toEqual(before);
  });

  it('keeps the data’s first day when only unselected rows start it, so the first quarter counts', () => {
    const d = (iso: string) => dayFromIso(iso) as number;
    const records: DailyRecord[] = [
      { day: d('2019-01-01'), region: 'US', values: { deliveries: 1 } },
      { day: d('2019-01-05'), region: 'NO', values: { deliveries: 10 } },
      { day: d('2019-03-30'), region: 'NO', values: { deliveries: 30 } },
      { day: d('2019-06-30'), region: 'US', values: { deliveries: 1 } },
    ];
    const dataset = datasetFromRecords(records);
    const norway = { regions: ['NO'], models: [] };
    const shares = endOfPeriodShares(dataset, norway);
    expect(shares.map((share) => share.periodId)).toEqual(['2019-Q1']);
    expect(endOfPeriodShares(received(dataset, period('2019-Q2'), norway), norway)).toEqual(shares);
  });

  it('keeps daily rows apart from monthly ones they would add up with, so the granularity note is the same', () => {
    const d = (iso: string) => dayFromIso(iso) as number;
    const records: DailyRecord[] = [
      { day: d('2019-11-26'), region: 'DE', model: 'Model 3', values: { deliveries: 4 } },
      {
        day: d('2019-11-26'),
        region: 'NO',
        model: 'Model 3',
        granularity: 'month',
        values: { deliveries: 90 },
      },
      {
        day: d('2019-11-26'),
        region: 'FR',
        model: 'Model 3',
        granularity: 'month',
        values: { deliveries: 10 },
      },
      { day: d('2019-11-27'), region: 'DE', model: 'Model 3', values: { deliveries: 5 } },
    ];
    const dataset = datasetFromRecords(records);
    const q4 = period('2019-Q4');
    const everything = { regions: [], models: [] };
    const before = computeKpis(dataset, q4, everything, {});
    expect([before.granularity, before.finestGranularity]).toEqual(['month', 'day']);
    const shared = received(dataset, q4, everything);
    expect(computeKpis(shared, q4, everything, {})).toEqual(before);
    // Only the day that mixes keeps its countries; the other rolls up into its continent.
    expect(shared.regions).toEqual(['DE', 'Europe', 'FR', 'NO']);
    expect(shared.days.length).toBe(4);
  });

  it('adds countries up into continents for "All regions", and carries only what the view needs', () => {
    const at = period('2019-Q4');
    const shared = received(sample, at, { regions: [], models: [] });
    expect(shared.regions).toEqual(['China', 'Europe', 'North America']);
    expect(shared.models).toEqual(['Model 3', 'Model S/X']);
    // In the period: 92 days × 3 continents × 2 models; before it: deliveries per continent.
    const inPeriod = [...shared.days].filter((day) => day >= at.start).length;
    expect(inPeriod).toBe(92 * 3 * 2);
    expect(shared.days.length - inPeriod).toBe(273 * 3);
    expect(
      shareFragment(
        sharePayloadOf({ dataset: sample, view: DEFAULT_VIEW, period: at, sources: [] }),
      ).length,
    ).toBeLessThan(8000);
  });

  it('writes the period into the view, so "latest" cannot mean another quarter for the receiver', () => {
    const payload = sharePayloadOf({
      dataset: sample,
      view: { ...DEFAULT_VIEW, regions: ['Europe'] },
      period: period('2019-Q2'),
      sources: ['a.csv', 'b.xlsx'],
    });
    expect(payload.view).toBe('v=1&period=2019-Q2&region=Europe');
    expect(payload.sources).toEqual(['a.csv', 'b.xlsx']);
    expect(payload.dataset.sources).toEqual(['record-pace-sample-2019.csv']);
  });
});

describe('any data, any view', () => {
  const d0 = dayFromIso('2019-01-01') as number;
  const record = fc.record({
    day: fc.integer({ min: d0, max: d0 + 400 }),
    region: fc.constantFrom('US', 'CA', 'NO', 'DE', 'CN', 'Mars'),
    model: fc.constantFrom('Model 3', 'Model S/X'),
    granularity: fc.constantFrom('day' as const, 'month' as const),
    values: fc.dictionary(
      fc.constantFrom(...MEASURES),
      fc.oneof(fc.integer({ min: 0, max: 900 }), fc.constant(NaN)),
    ),
  });
  const selection = fc.record({
    regions: fc.subarray(['US', 'NO', 'Europe', 'North America', 'Rest of world']),
    models: fc.subarray(['Model 3', 'Model S/X']),
  });

  it('gives the receiver the sender’s KPIs and region KPIs (whole numbers: exactly)', () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 80 }),
        selection,
        fc.integer({ min: d0, max: d0 + 400 }),
        fc.constantFrom('quarter' as const, 'month' as const),
        (records, picked, anyDay, kind) => {
          const dataset = datasetFromRecords(records);
          const at = periodOf(anyDay, kind);
          const shared = received(dataset, at, picked);
          const settings = { goal: { low: 2000 } };
          expect(screen(shared, at, picked, settings)).toEqual(
            screen(dataset, at, picked, settings),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
