import fc from 'fast-check';
import { datasetFromRecords, recordsFromDataset } from './build-dataset';
import { combineDatasets } from './combine-datasets';
import type { DailyRecord, Dataset } from './dataset';
import { MEASURES } from './measures';

const keyOf = (record: DailyRecord) => `${record.day}|${record.region}|${record.model ?? ''}`;

function byKey(dataset: Dataset): Map<string, DailyRecord> {
  return new Map(recordsFromDataset(dataset).map((record) => [keyOf(record), record]));
}

const recordArbitrary: fc.Arbitrary<DailyRecord> = fc.record({
  day: fc.integer({ min: -40, max: 40 }),
  region: fc.constantFrom('US', 'NO', 'CN', 'Europe', 'Åland'),
  model: fc.constantFrom('', 'Model 3', 'Model S'),
  granularity: fc.constantFrom('day', 'month', 'quarter'),
  values: fc.dictionary(
    fc.constantFrom(...MEASURES),
    fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
    { maxKeys: 3 },
  ),
});

const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .tuple(
    fc.array(recordArbitrary, { maxLength: 30 }),
    fc.array(fc.constantFrom('a.csv', 'b.xlsx', 'c.ods'), { maxLength: 2 }),
  )
  .map(([records, sources]) => datasetFromRecords(records, sources));

const at = (day: number, region: string, values: DailyRecord['values'], model = '') => ({
  day,
  region,
  model,
  values,
});

describe('combineDatasets', () => {
  it.each<[string, DailyRecord[][], DailyRecord[]]>([
    ['nothing', [], []],
    ['one dataset as it is', [[at(1, 'US', { deliveries: 5 })]], [at(1, 'US', { deliveries: 5 })]],
    [
      'a later record replaces the earlier one whole, measures and all',
      [[at(1, 'US', { deliveries: 5, production: 9 })], [at(1, 'US', { deliveries: 7 })]],
      [at(1, 'US', { deliveries: 7 })],
    ],
    [
      'different days, regions and models are all kept, in day, region, model order',
      [
        [at(2, 'US', { deliveries: 1 }), at(1, 'NO', { deliveries: 2 }, 'Model 3')],
        [at(1, 'CN', { production: 3 }), at(1, 'NO', { deliveries: 4 })],
      ],
      [
        at(1, 'CN', { production: 3 }),
        at(1, 'NO', { deliveries: 4 }),
        at(1, 'NO', { deliveries: 2 }, 'Model 3'),
        at(2, 'US', { deliveries: 1 }),
      ],
    ],
    [
      'days before 1970 sort before later days',
      [[at(3, 'US', { deliveries: 1 })], [at(-400, 'US', { deliveries: 2 })]],
      [at(-400, 'US', { deliveries: 2 }), at(3, 'US', { deliveries: 1 })],
    ],
  ])('%s', (_name, inputs, expected) => {
    const combined = combineDatasets(inputs.map((records) => datasetFromRecords(records)));
    const plain = recordsFromDataset(combined).map(({ day, region, model, values }) => ({
      day,
      region,
      model,
      values,
    }));
    expect(plain).toEqual(expected);
  });

  it.each<[string[][], string[]]>([
    [[], []],
    [[['a.csv']], ['a.csv']],
    [
      [
        ['a.csv', 'b.csv'],
        ['b.csv', 'c.xlsx'],
      ],
      ['a.csv', 'b.csv', 'c.xlsx'],
    ],
  ])('lists the sources %j as %j', (sourceLists, expected) => {
    const datasets = sourceLists.map((sources) => datasetFromRecords([], sources));
    expect(combineDatasets(datasets).sources).toEqual(expected);
  });

  it('keeps the granularity of the winning record', () => {
    const monthly = datasetFromRecords([
      { ...at(1, 'US', { deliveries: 3 }), granularity: 'month' },
    ]);
    const daily = datasetFromRecords([at(1, 'US', { deliveries: 4 })]);
    expect(recordsFromDataset(combineDatasets([daily, monthly]))[0]?.granularity).toBe('month');
    expect(recordsFromDataset(combineDatasets([monthly, daily]))[0]?.granularity).toBe('day');
  });

  it('gives every key of every dataset, with the value of the last dataset that has it', () => {
    fc.assert(
      fc.property(fc.array(datasetArbitrary, { maxLength: 4 }), (datasets) => {
        const expected = new Map<string, DailyRecord>();
        for (const dataset of datasets)
          for (const [key, record] of byKey(dataset)) expected.set(key, record);
        const combined = byKey(combineDatasets(datasets));
        expect([...combined.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [key, record] of combined) expect(record).toEqual(expected.get(key));
      }),
    );
  });

  it('keeps records unique and sorted by day, region, model', () => {
    fc.assert(
      fc.property(fc.array(datasetArbitrary, { maxLength: 4 }), (datasets) => {
        const combined = combineDatasets(datasets);
        expect(combined.regions).toEqual([...combined.regions].sort());
        expect(combined.models).toEqual([...combined.models].sort());
        for (let i = 1; i < combined.days.length; i++) {
          const order =
            combined.days[i]! - combined.days[i - 1]! ||
            combined.regionIndex[i]! - combined.regionIndex[i - 1]! ||
            combined.modelIndex[i]! - combined.modelIndex[i - 1]!;
          expect(order).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('is associative and idempotent', () => {
    fc.assert(
      fc.property(datasetArbitrary, datasetArbitrary, datasetArbitrary, (a, b, c) => {
        const all = recordsFromDataset(combineDatasets([a, b, c]));
        expect(recordsFromDataset(combineDatasets([combineDatasets([a, b]), c]))).toEqual(all);
        expect(recordsFromDataset(combineDatasets([a, combineDatasets([b, c])]))).toEqual(all);
        expect(recordsFromDataset(combineDatasets([a, a]))).toEqual(recordsFromDataset(a));
      }),
    );
  });

  it('does not change its inputs', () => {
    fc.assert(
      fc.property(datasetArbitrary, datasetArbitrary, (a, b) => {
        const before = [recordsFromDataset(a), recordsFromDataset(b)];
        combineDatasets([a, b]);
        expect([recordsFromDataset(a), recordsFromDataset(b)]).toEqual(before);
      }),
    );
  });
});
