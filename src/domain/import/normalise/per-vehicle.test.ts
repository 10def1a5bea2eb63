import fc from 'fast-check';
import { dayFromIso } from '../../records/calendar-day';
import type { DailyRecord } from '../../records/dataset';
import { normaliseTable } from './normalise-table';
import { vehicleDailyRecords, type Vehicle } from './per-vehicle';
import { guessMapping } from './guess-mapping';
import { rawTable } from './testing/raw-table';

const all = { orders: true, production: true, deliveries: true, unscheduled: true };

function on(records: DailyRecord[], iso: string, region = 'NO'): DailyRecord | undefined {
  return records.find((r) => r.day === dayFromIso(iso) && r.region === region);
}

describe('per-vehicle tables become daily counts', () => {
  const table = rawTable([
    ['VIN', 'Region', 'Model', 'Order date', 'Build date', 'Delivery date', 'Scheduled date'],
    ['V1', 'NO', 'Model 3', '2019-06-01', '2019-06-02', '2019-06-04', '2019-06-04'],
    ['V2', 'NO', 'Model 3', '2019-06-01', '2019-06-03', '', ''],
    ['V3', 'NO', 'Model 3', '2019-06-02', '', '2019-06-03', ''],
    ['V4', 'NL', 'Model S', '2019-06-03', '', '', ''],
  ]);
  const result = normaliseTable(table, guessMapping(table), { duplicates: 'sum' });
  if (!result.ok) throw new Error(result.error.message);
  const { records } = result.value;

  it('has a record per region × model for every day from the first to the last date', () => {
    expect(result.value.dateRange).toEqual([dayFromIso('2019-06-01'), dayFromIso('2019-06-04')]);
    expect(records).toHaveLength(8);
  });

  it.each([
    ['2019-06-01', { orders: 2, production: 0, deliveries: 0, backlog: 2, unscheduled: 1 }],
    ['2019-06-02', { orders: 1, production: 1, deliveries: 0, backlog: 3, unscheduled: 2 }],
    ['2019-06-03', { orders: 0, production: 1, deliveries: 1, backlog: 2, unscheduled: 1 }],
    ['2019-06-04', { orders: 0, production: 0, deliveries: 1, backlog: 1, unscheduled: 1 }],
  ])('Norway on %s', (iso, values) => {
    expect(on(records, iso)?.values).toEqual(values);
  });

  it('counts the other region on its own', () => {
    expect(on(records, '2019-06-01', 'NL')?.values.backlog).toBe(0);
    expect(on(records, '2019-06-04', 'NL')?.values).toMatchObject({
      orders: 0,
      backlog: 1,
      unscheduled: 1,
    });
  });
});

const dayArbitrary = fc.option(fc.integer({ min: 18000, max: 18040 }), { nil: null });
const vehicleArbitrary = fc.record<Vehicle>({
  row: fc.nat(),
  vin: fc.constant(''),
  region: fc.constantFrom('NO', 'NL'),
  model: fc.constantFrom('Model 3', ''),
  ordered: dayArbitrary,
  built: dayArbitrary,
  delivered: dayArbitrary,
  scheduled: dayArbitrary,
});

describe('per-vehicle counts: properties', () => {
  it('backlog on day d = orders up to d − deliveries up to d, and deliveries sum to delivered vehicles', () => {
    fc.assert(
      fc.property(fc.array(vehicleArbitrary, { maxLength: 60 }), (vehicles) => {
        const records = vehicleDailyRecords(vehicles, all);
        const sum = (measure: 'deliveries' | 'orders' | 'production') =>
          records.reduce((total, r) => total + (r.values[measure] ?? 0), 0);
        expect(sum('deliveries')).toBe(vehicles.filter((v) => v.delivered !== null).length);
        expect(sum('orders')).toBe(vehicles.filter((v) => v.ordered !== null).length);
        expect(sum('production')).toBe(vehicles.filter((v) => v.built !== null).length);
        for (const record of records) {
          const mine = vehicles.filter(
            (v) => v.region === record.region && v.model === record.model,
          );
          const ordered = mine.filter((v) => v.ordered !== null && v.ordered <= record.day).length;
          const delivered = mine.filter(
            (v) => v.delivered !== null && v.delivered <= record.day,
          ).length;
          expect(record.values.backlog).toBe(ordered - delivered);
          const unscheduled = mine.filter(
            (v) =>
              v.ordered !== null &&
              v.ordered <= record.day &&
              v.scheduled === null &&
              (v.delivered === null || v.delivered > record.day),
          ).length;
          expect(record.values.unscheduled).toBe(unscheduled);
        }
      }),
    );
  });
});

describe('per-vehicle rows with problems', () => {
  it('skips rows with a bad date or no date, warns about delivery before order and dates outside 2000–2100', () => {
    const table = rawTable([
      ['VIN', 'Region', 'Order date', 'Delivery date'],
      ['V1', 'NO', '2019-06-01', '2019-06-02'],
      ['V2', 'NO', 'tomorrow', '2019-06-02'],
      ['V3', 'NO', '', ''],
      ['V4', 'NO', '2019-06-03', '2019-06-01'],
      ['V5', 'NO', '1919-06-03', ''],
    ]);
    const result = normaliseTable(table, guessMapping(table), { duplicates: 'sum' });
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['bad-date', 3, 'Order date'],
      ['missing-date', 4, undefined],
      ['delivered-before-ordered', 5, 'Delivery date'],
      ['date-out-of-range', 6, 'Order date'],
    ]);
    if (result.ok) {
      expect(result.value.records.reduce((n, r) => n + (r.values.deliveries ?? 0), 0)).toBe(2);
    }
  });

  it('flags a VIN given twice; keep-last counts it once, sum counts both', () => {
    const table = rawTable([
      ['VIN', 'Delivery date'],
      ['V1', '2019-06-01'],
      ['V1', '2019-06-02'],
      ['V2', '2019-06-02'],
    ]);
    const mapping = guessMapping(table);
    const total = (policy: 'sum' | 'keep-last') => {
      const result = normaliseTable(table, mapping, { duplicates: policy });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.duplicates).toEqual([{ label: 'VIN V1', vin: 'V1', rows: [2, 3] }]);
      return result.value.records.map((r) => r.values.deliveries);
    };
    expect(total('sum')).toEqual([1, 2]);
    // The first row of V1 is dropped, so the table's days start on 2019-06-02.
    expect(total('keep-last')).toEqual([2]);
    const asked = normaliseTable(table, mapping, { duplicates: 'ask' });
    expect(asked.ok).toBe(false);
    if (!asked.ok) expect(asked.error).toMatchObject({ code: 'duplicates', row: 2 });
  });
});
