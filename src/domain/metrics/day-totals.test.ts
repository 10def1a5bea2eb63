import fc from 'fast-check';
import { datasetFromRecords } from '../records/build-dataset';
import { GRANULARITY_CODES, type Dataset, type DailyRecord } from '../records/dataset';
import { MEASURES } from '../records/measures';
import { isRowSelected, rowMask } from '../records/select';
import { dayTotals, type DayTotals } from './day-totals';
import { day } from './test-fixtures';
import type { Selection } from './types';

/**
 * The daily totals row by row, as plainly as they can be said: for each day in order, each row
 * of it in order adds each of its values. The sums must match to the last bit, so the values
 * drawn below include fractions, where the order of additions shows.
 */
function reference(
  dataset: Dataset,
  selection: Selection,
): Omit<DayTotals, 'days'> & {
  days: number[];
} {
  const mask = rowMask(dataset, selection);
  const days = [...new Set(dataset.days)];
  const at = new Map(days.map((value, index) => [value, index]));
  const zeros = () => days.map(() => 0);
  const sums = Object.fromEntries(MEASURES.map((m) => [m, zeros()])) as Record<string, number[]>;
  const present = Object.fromEntries(MEASURES.map((m) => [m, zeros()])) as Record<string, number[]>;
  const hasData = zeros();
  const granularities = zeros();
  let firstDataDay: number | null = null;
  let lastDataDay: number | null = null;
  for (let row = 0; row < dataset.days.length; row++) {
    const d = at.get(dataset.days[row] as number) as number;
    const selected = isRowSelected(dataset, mask, row);
    let any = false;
    for (const measure of MEASURES) {
      const value = dataset.measures[measure]?.[row];
      if (value === undefined || Number.isNaN(value)) continue;
      any = true;
      if (!selected) continue;
      (sums[measure] as number[])[d] = ((sums[measure] as number[])[d] as number) + value;
      (present[measure] as number[])[d] = 1;
    }
    if (!any) continue;
    firstDataDay ??= dataset.days[row] as number;
    lastDataDay = dataset.days[row] as number;
    if (!selected) continue;
    hasData[d] = 1;
    granularities[d] = (granularities[d] as number) | (1 << (dataset.granularity[row] as number));
  }
  const f64 = (values: number[]) => Float64Array.from(values);
  const u8 = (values: number[]) => Uint8Array.from(values);
  return {
    days,
    sums: Object.fromEntries(MEASURES.map((m) => [m, f64(sums[m] as number[])])),
    present: Object.fromEntries(MEASURES.map((m) => [m, u8(present[m] as number[])])),
    hasData: u8(hasData),
    granularities: u8(granularities),
    firstDataDay,
    lastDataDay,
  } as Omit<DayTotals, 'days'> & { days: number[] };
}

const REGIONS = ['US', 'CA', 'NO', 'NL', 'CN', 'JP'];
const MODELS = ['Model 3', 'Model S', ''];
const FIRST = day('2019-01-01');
const value = fc.oneof(
  fc.integer({ min: -50, max: 5_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);

const records: fc.Arbitrary<DailyRecord[]> = fc.array(
  fc.record({
    day: fc.integer({ min: FIRST, max: FIRST + 40 }),
    region: fc.constantFrom(...REGIONS),
    model: fc.constantFrom(...MODELS),
    granularity: fc.constantFrom(...GRANULARITY_CODES),
    values: fc.record(
      { deliveries: value, production: value, orders: value, backlog: value },
      { requiredKeys: [] },
    ),
  }),
  { maxLength: 200 },
);

const selection: fc.Arbitrary<Selection> = fc.record({
  regions: fc.subarray([...REGIONS, 'Europe', 'North America', 'Asia-Pacific']),
  models: fc.subarray(MODELS),
});

describe('dayTotals', () => {
  it('equals a plain row-by-row sum for any rows and selection, to the last bit', () => {
    fc.assert(
      fc.property(records, selection, (rows, chosen) => {
        const dataset = datasetFromRecords(rows);
        const totals = dayTotals(dataset, chosen);
        expect({ ...totals, days: [...totals.days] }).toEqual(reference(dataset, chosen));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['everything', { regions: [], models: [] }, [2.5, 4], 1],
    ['one region', { regions: ['NO'], models: [] }, [0.5, 1], 1],
    ['a continent', { regions: ['Europe'], models: [] }, [2.5, 4], 1],
    ['nothing', { regions: ['JP'], models: [] }, [0, 0], 0],
  ] as const)('sums %s', (_, chosen, deliveries, present) => {
    const dataset = datasetFromRecords([
      { day: FIRST, region: 'NO', model: 'Model 3', values: { deliveries: 0.5 } },
      { day: FIRST, region: 'NL', model: 'Model 3', values: { deliveries: 2 } },
      { day: FIRST + 1, region: 'NO', values: { deliveries: 1, production: 3 } },
      { day: FIRST + 1, region: 'NL', values: { deliveries: 3 } },
    ]);
    const totals = dayTotals(dataset, { regions: [...chosen.regions], models: [] });
    expect([...totals.sums.deliveries]).toEqual(deliveries);
    expect([...totals.hasData]).toEqual([present, present]);
    expect([totals.firstDataDay, totals.lastDataDay]).toEqual([FIRST, FIRST + 1]);
  });
});
