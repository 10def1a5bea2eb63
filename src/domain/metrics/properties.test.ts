import fc from 'fast-check';
import { periodOf } from '../periods/periods';
import type { PeriodKind } from '../periods/types';
import { datasetFromRecords } from '../records/build-dataset';
import type { DailyRecord } from '../records/dataset';
import { computeKpis } from './kpis';
import { burnDownSeries, cumulativeByDayOfPeriod, dailySeries } from './series';
import { day } from './test-fixtures';
import type { Selection, TargetSettings } from './types';

const REGIONS = ['US', 'NO', 'NL', 'CN', 'Japan'];
const MODELS = ['Model 3', 'Model S', ''];
const FIRST = day('2019-01-01');

const recordArbitrary: fc.Arbitrary<DailyRecord> = fc.record({
  day: fc.integer({ min: FIRST, max: FIRST + 272 }),
  region: fc.constantFrom(...REGIONS),
  model: fc.constantFrom(...MODELS),
  values: fc.record(
    {
      deliveries: fc.integer({ min: 0, max: 500 }),
      production: fc.integer({ min: 0, max: 500 }),
      orders: fc.integer({ min: 0, max: 500 }),
    },
    { requiredKeys: [] },
  ),
});

const scenario = fc.record({
  records: fc.array(recordArbitrary, { maxLength: 120 }),
  periodDay: fc.integer({ min: FIRST, max: FIRST + 272 }),
  kind: fc.constantFrom<PeriodKind>('quarter', 'month'),
  models: fc.subarray(MODELS),
  settings: fc.record(
    {
      goal: fc.integer({ min: 0, max: 20_000 }).map((low) => ({ low })),
      recordOverride: fc.integer({ min: 0, max: 20_000 }),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<TargetSettings>,
});

describe('metric invariants', () => {
  it('never has a negative remaining, and days left stay within the period', () => {
    fc.assert(
      fc.property(scenario, ({ records, periodDay, kind, models, settings }) => {
        const period = periodOf(periodDay, kind);
        const kpis = computeKpis(
          datasetFromRecords(records),
          period,
          { regions: [], models },
          settings,
          {
            simulate: false,
          },
        );
        if (kpis.remaining !== null) expect(kpis.remaining).toBeGreaterThanOrEqual(0);
        expect(kpis.daysLeft).toBeGreaterThanOrEqual(0);
        expect(kpis.daysLeft).toBeLessThanOrEqual(period.end - period.start + 1);
        if (kpis.asOf !== null) expect(kpis.asOf + kpis.daysLeft).toBe(period.end);
      }),
    );
  });

  it('has deliveries to date equal to the daily values up to as of', () => {
    fc.assert(
      fc.property(scenario, ({ records, periodDay, kind, models }) => {
        const data = datasetFromRecords(records);
        const period = periodOf(periodDay, kind);
        const selection: Selection = { regions: [], models };
        const kpis = computeKpis(data, period, selection, {}, { simulate: false });
        const points = dailySeries(data, period, selection);
        const known = points.filter((p) => kpis.asOf !== null && p.day <= kpis.asOf);
        expect(known.reduce((total, p) => total + (p.deliveries ?? 0), 0)).toBe(
          kpis.deliveriesToDate,
        );
        expect(
          points
            .filter((p) => kpis.asOf === null || p.day > kpis.asOf)
            .every((p) => p.deliveries === null),
        ).toBe(true);
        const current = cumulativeByDayOfPeriod(data, period, selection)[0];
        expect(current?.points.at(-1)?.cumulative ?? 0).toBe(kpis.deliveriesToDate);
      }),
    );
  });

  it('adds up: the regions of a selection sum to the selection', () => {
    fc.assert(
      fc.property(scenario, fc.subarray(REGIONS, { minLength: 1 }), (s, regions) => {
        const data = datasetFromRecords(s.records);
        const period = periodOf(s.periodDay, s.kind);
        const whole = computeKpis(
          data,
          period,
          { regions, models: s.models },
          {},
          { simulate: false },
        );
        const parts = regions.map((region) =>
          computeKpis(
            data,
            period,
            { regions: [region], models: s.models },
            {},
            { simulate: false },
          ),
        );
        expect(parts.reduce((t, k) => t + k.deliveriesToDate, 0)).toBe(whole.deliveriesToDate);
        // A continent is the sum of its members (NO and NL are the European regions here).
        const europe = computeKpis(
          data,
          period,
          { regions: ['Europe'], models: s.models },
          {},
          { simulate: false },
        );
        const members = ['NO', 'NL'].map(
          (region) =>
            computeKpis(
              data,
              period,
              { regions: [region], models: s.models },
              {},
              { simulate: false },
            ).deliveriesToDate,
        );
        expect(europe.deliveriesToDate).toBe(members[0]! + members[1]!);
        const production = parts.map((k) => k.productionToDate).filter((p) => p !== null);
        expect(whole.productionToDate).toBe(
          production.length === 0 ? null : production.reduce((t, p) => t + p, 0),
        );
      }),
    );
  });

  it('gives a chance within 0–100, the same on every call', () => {
    fc.assert(
      fc.property(scenario, ({ records, periodDay, kind, models, settings }) => {
        const data = datasetFromRecords(records);
        const period = periodOf(periodDay, kind);
        const selection = { regions: [], models };
        const chance = computeKpis(data, period, selection, settings).chanceToReachTarget;
        if (chance !== null) {
          expect(chance).toBeGreaterThanOrEqual(0);
          expect(chance).toBeLessThanOrEqual(100);
        }
        expect(computeKpis(data, period, selection, settings).chanceToReachTarget).toBe(chance);
      }),
      { numRuns: 40 },
    );
  });

  it('draws the burn-down from the same remaining as the KPIs', () => {
    fc.assert(
      fc.property(scenario, ({ records, periodDay, kind, models, settings }) => {
        const data = datasetFromRecords(records);
        const period = periodOf(periodDay, kind);
        const selection = { regions: [], models };
        const kpis = computeKpis(data, period, selection, settings, { simulate: false });
        const points = burnDownSeries(data, period, selection, settings);
        expect(points).toHaveLength(period.end - period.start + 1);
        const atAsOf = points.find((p) => p.day === kpis.asOf);
        expect(atAsOf?.remaining ?? null).toBe(kpis.asOf === null ? null : kpis.remaining);
        expect(points.at(-1)?.ideal ?? null).toBe(kpis.target.value === null ? null : 0);
        for (const p of points)
          if (p.remaining !== null) expect(p.remaining).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
