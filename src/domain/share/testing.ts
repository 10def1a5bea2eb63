import fc from 'fast-check';
import { datasetFromRecords } from '../records/build-dataset';
import type { DailyRecord, Dataset } from '../records/dataset';
import { MEASURES, type Measure } from '../records/measures';
import type { SharePayload } from './types';

/** Values as data has them: counts, blanks, spread fractions, the odd huge or negative figure. */
const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5000 }) },
  { weight: 2, arbitrary: fc.constant(NaN) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity, -0, 2 ** 60) },
);

const record: fc.Arbitrary<DailyRecord> = fc.record({
  day: fc.integer({ min: -30_000, max: 60_000 }),
  region: fc.constantFrom('US', 'NO', 'Europe', 'Ünïcode "region", =1+2', ''),
  model: fc.constantFrom('Model 3', 'Model S/X', ''),
  granularity: fc.constantFrom('day' as const, 'month' as const, 'quarter' as const),
  values: fc.dictionary(fc.constantFrom(...MEASURES), value) as fc.Arbitrary<
    Partial<Record<Measure, number>>
  >,
});

export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .array(record, { maxLength: 60 })
  .map((records) => datasetFromRecords(records, []));

export const payloadArbitrary: fc.Arbitrary<SharePayload> = fc
  .record({
    view: fc.string({ unit: 'grapheme', maxLength: 80 }),
    sources: fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 4 }),
    dataset: datasetArbitrary,
  })
  .map(({ view, sources, dataset }) => ({ view, sources, dataset: { ...dataset, sources } }));
