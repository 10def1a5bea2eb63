import fc from 'fast-check';
import { datasetFromRecords } from '../records/build-dataset';
import type { Dataset } from '../records/dataset';
import { sameDataset } from './same-dataset';
import { fromStored, toStored } from './stored-dataset';

const base = datasetFromRecords(
  [
    { day: 1, region: 'US', model: 'Model 3', values: { deliveries: 5, production: 7 } },
    { day: 2, region: 'NO', values: { deliveries: 3 } },
  ],
  ['a.csv'],
);

function changed(change: (copy: Dataset) => void): Dataset {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

describe('sameDataset', () => {
  it('holds for a dataset and its stored copy read back', () => {
    const back = fromStored(structuredClone(toStored(base)), 'x');
    expect(back.ok && sameDataset(base, back.value)).toBe(true);
  });

  it.each<[string, (copy: Dataset) => void]>([
    ['a day', (d) => (d.days[1] = 3)],
    ['a region index', (d) => (d.regionIndex[0] = 0)],
    ['a model index', (d) => (d.modelIndex[1] = 1)],
    ['a granularity', (d) => (d.granularity[0] = 1)],
    ['a value', (d) => (d.measures.deliveries![0] = 6)],
    ['a blank filled', (d) => (d.measures.production![1] = 0)],
    ['a value blanked', (d) => (d.measures.production![0] = NaN)],
    ['a missing measure', (d) => delete d.measures.production],
    ['an extra measure', (d) => (d.measures.orders = new Float64Array(2))],
    ['a region name', (d) => (d.regions[0] = 'Norway')],
    ['a model name', (d) => (d.models[1] = 'Model Y')],
    ['the sources', (d) => d.sources.push('b.csv')],
    ['a shorter column', (d) => (d.days = d.days.slice(0, 1))],
  ])('tells a change of %s', (_name, change) => {
    expect(sameDataset(base, changed(change))).toBe(false);
    expect(sameDataset(changed(change), base)).toBe(false);
  });

  it.each([
    ['the same', () => {}, true],
    ['the last value changed', (values: Float64Array) => (values[values.length - 1] = 1), false],
    [
      'a blank with other bits',
      // Another NaN payload: the same blank to Object.is, other bytes.
      (values: Float64Array) => new DataView(values.buffer).setUint32(6 * 8, 1, true),
      true,
    ],
  ])('compares long columns: %s', (_name, change, same) => {
    const values = new Float64Array(100_000).map((_, i) => (i % 3 === 0 ? NaN : i));
    const copy = values.slice();
    change(copy);
    const left = changed((d) => (d.measures.deliveries = values));
    const right = changed((d) => (d.measures.deliveries = copy));
    expect(sameDataset(left, right)).toBe(same);
  });

  it('is true exactly when every value of a measure column is the same', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double(), { minLength: 2, maxLength: 2 }),
        fc.array(fc.double(), { minLength: 2, maxLength: 2 }),
        (a, b) => {
          const left = changed((d) => (d.measures.deliveries = Float64Array.from(a)));
          const right = changed((d) => (d.measures.deliveries = Float64Array.from(b)));
          expect(sameDataset(left, right)).toBe(a.every((value, i) => Object.is(value, b[i])));
        },
      ),
    );
  });
});
