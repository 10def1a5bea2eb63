import { allocateDataset } from './dataset';
import type { Measure } from './measures';

describe('allocateDataset', () => {
  it.each<[number, Measure[]]>([
    [0, []],
    [3, ['deliveries']],
    [5, ['orders', 'deliveries']],
  ])('%i rows with columns for %j', (size, measures) => {
    const dataset = allocateDataset(size, ['NO', 'US'], ['', 'Model 3'], measures, ['a.csv']);
    expect([...dataset.days]).toEqual(new Array(size).fill(0));
    expect([...dataset.regionIndex]).toEqual(new Array(size).fill(0));
    expect([...dataset.modelIndex]).toEqual(new Array(size).fill(0));
    expect([...dataset.granularity]).toEqual(new Array(size).fill(0));
    expect(Object.keys(dataset.measures)).toEqual(measures);
    for (const measure of measures) {
      expect([...(dataset.measures[measure] ?? [])]).toEqual(new Array(size).fill(NaN));
    }
    expect(dataset).toMatchObject({
      regions: ['NO', 'US'],
      models: ['', 'Model 3'],
      sources: ['a.csv'],
    });
  });
});
