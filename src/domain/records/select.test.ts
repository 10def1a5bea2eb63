import fc from 'fast-check';
import type { Selection } from '../metrics/types';
import { datasetFromRecords } from './build-dataset';
import type { DailyRecord } from './dataset';
import {
  firstDataDay,
  firstRowOnOrAfter,
  isRowSelected,
  lastDataDay,
  rowMask,
  selectedRegionValues,
  selectedRows,
} from './select';

const records: DailyRecord[] = [
  { day: 10, region: 'US', model: 'Model 3', values: { deliveries: 1 } },
  { day: 10, region: 'NO', model: 'Model S', values: { deliveries: 2 } },
  { day: 11, region: 'NL', values: { deliveries: 3 } },
  { day: 12, region: 'CN', model: 'Model 3', values: { production: 4 } },
  { day: 12, region: 'Europe', model: 'Model 3', values: { deliveries: 5 } },
  { day: 14, region: 'Japan', values: {} },
];
const dataset = datasetFromRecords(records);

function regionsOf(selection: Selection): string[] {
  return [...selectedRows(dataset, selection)].map((row) => {
    const region = dataset.regions[dataset.regionIndex[row] ?? 0] ?? '';
    const model = dataset.models[dataset.modelIndex[row] ?? 0] ?? '';
    return model ? `${region}/${model}` : region;
  });
}

describe('selection', () => {
  it.each<[string, Selection, string[]]>([
    [
      'everything',
      { regions: [], models: [] },
      ['NO/Model S', 'US/Model 3', 'NL', 'CN/Model 3', 'Europe/Model 3', 'Japan'],
    ],
    ['a continent', { regions: ['Europe'], models: [] }, ['NO/Model S', 'NL', 'Europe/Model 3']],
    ['a region value', { regions: ['NO'], models: [] }, ['NO/Model S']],
    [
      'a continent and a value',
      { regions: ['China', 'US'], models: [] },
      ['US/Model 3', 'CN/Model 3'],
    ],
    [
      'a model',
      { regions: [], models: ['Model 3'] },
      ['US/Model 3', 'CN/Model 3', 'Europe/Model 3'],
    ],
    ['rows without a model', { regions: [], models: [''] }, ['NL', 'Japan']],
    ['region and model', { regions: ['Europe'], models: ['Model 3'] }, ['Europe/Model 3']],
    ['an unknown region', { regions: ['Atlantis'], models: [] }, []],
    ['an unknown model', { regions: [], models: ['Cybertruck'] }, []],
  ])('selects %s', (_name, selection, expected) => {
    expect(regionsOf(selection)).toEqual(expected);
  });

  it('limits rows to a day range, both ends included', () => {
    expect([...selectedRows(dataset, { regions: [], models: [] }, 11, 12)].length).toBe(3);
    expect([...selectedRows(dataset, { regions: [], models: [] }, 13, 13)]).toEqual([]);
  });

  it('lists the selected region values', () => {
    expect(selectedRegionValues(dataset, { regions: ['Europe', 'US'], models: [] })).toEqual([
      'Europe',
      'NL',
      'NO',
      'US',
    ]);
  });

  it('flags "everything" only when nothing is filtered out', () => {
    expect(rowMask(dataset, { regions: [], models: [] }).everything).toBe(true);
    expect(rowMask(dataset, { regions: ['Europe'], models: [] }).everything).toBe(false);
  });

  it('finds the first and last days that hold a value, skipping blank rows', () => {
    expect(firstDataDay(dataset)).toBe(10);
    expect(lastDataDay(dataset)).toBe(12);
    expect(lastDataDay(datasetFromRecords([]))).toBeNull();
    expect(firstDataDay(datasetFromRecords([]))).toBeNull();
  });

  it('agrees with a plain filter for any selection', () => {
    const regions = ['US', 'NO', 'NL', 'CN', 'Europe', 'Japan', 'North America', 'Asia-Pacific'];
    fc.assert(
      fc.property(
        fc.subarray(regions),
        fc.subarray(['Model 3', 'Model S', '']),
        (selectedRegions, models) => {
          const selection = { regions: selectedRegions, models };
          const mask = rowMask(dataset, selection);
          const continents: Record<string, string[]> = {
            'North America': ['US'],
            Europe: ['NO', 'NL', 'Europe'],
            'Asia-Pacific': ['Japan'],
          };
          const wanted = new Set(selectedRegions.flatMap((r) => continents[r] ?? [r]));
          records.forEach((record, i) => {
            const row = [...dataset.days].findIndex(
              (d, r) =>
                d === record.day && dataset.regions[dataset.regionIndex[r] ?? 0] === record.region,
            );
            expect(row).toBeGreaterThanOrEqual(0);
            const expected =
              (selectedRegions.length === 0 || wanted.has(record.region)) &&
              (models.length === 0 || models.includes(record.model ?? ''));
            expect([i, isRowSelected(dataset, mask, row)]).toEqual([i, expected]);
          });
        },
      ),
    );
  });

  it('finds the first row on or after a day by bisection', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), (day) => {
        const expected = [...dataset.days].findIndex((d) => d >= day);
        expect(firstRowOnOrAfter(dataset, day)).toBe(
          expected === -1 ? dataset.days.length : expected,
        );
      }),
    );
  });
});
