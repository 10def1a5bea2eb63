import fc from 'fast-check';
import { datasetFromRecords } from '../records/build-dataset';
import type { DailyRecord, Dataset } from '../records/dataset';
import { MEASURES } from '../records/measures';
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

  describe('on any dataset', () => {
    type IntegerColumn = 'days' | 'regionIndex' | 'modelIndex' | 'granularity';
    const INTEGER_COLUMNS: readonly IntegerColumn[] = [
      'days',
      'regionIndex',
      'modelIndex',
      'granularity',
    ];

    const recordArbitrary: fc.Arbitrary<DailyRecord> = fc.record({
      day: fc.integer({ min: -400, max: 400 }),
      region: fc.constantFrom('US', 'NO', 'CN', 'Åland'),
      model: fc.constantFrom('', 'Model 3', 'Model S'),
      granularity: fc.constantFrom('day', 'month', 'quarter'),
      values: fc.dictionary(fc.constantFrom(...MEASURES), fc.double(), { maxKeys: 3 }),
    });
    const datasetArbitrary = fc
      .array(recordArbitrary, { minLength: 1, maxLength: 40 })
      .map((records) => datasetFromRecords(records, ['a.csv']));

    /** The plain reading: same texts, the same measures, and every value the same to Object.is. */
    function referenceSame(a: Dataset, b: Dataset): boolean {
      const sameValues = (x: ArrayLike<number> | undefined, y: ArrayLike<number> | undefined) =>
        x === undefined || y === undefined
          ? x === y
          : x.length === y.length && Array.from(x).every((value, i) => Object.is(value, y[i]));
      const sameList = (x: string[], y: string[]) =>
        x.join('\u0000') === y.join('\u0000') && x.length === y.length;
      return (
        INTEGER_COLUMNS.every((name) => sameValues(a[name], b[name])) &&
        sameList(a.regions, b.regions) &&
        sameList(a.models, b.models) &&
        sameList(a.sources, b.sources) &&
        MEASURES.every((measure) => sameValues(a.measures[measure], b.measures[measure]))
      );
    }

    /** A copy of the column as a view `shift` elements into a larger buffer: any byte alignment. */
    function shifted<T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(
      column: T,
      shift: number,
    ): T {
      const Kind = column.constructor as new (
        buffer: ArrayBuffer,
        offset: number,
        length: number,
      ) => T;
      const buffer = new ArrayBuffer((column.length + shift + 1) * column.BYTES_PER_ELEMENT);
      const view = new Kind(buffer, shift * column.BYTES_PER_ELEMENT, column.length);
      view.set(column);
      return view;
    }

    function copyOf(dataset: Dataset, shift: number): Dataset {
      const copy = structuredClone(dataset);
      for (const name of INTEGER_COLUMNS)
        (copy[name] as Dataset[IntegerColumn]) = shifted(copy[name], shift);
      for (const measure of MEASURES) {
        const column = copy.measures[measure];
        if (column) copy.measures[measure] = shifted(column, shift);
      }
      return copy;
    }

    const shiftArbitrary = fc.integer({ min: 0, max: 7 });

    it('holds for a copy, its columns at any byte alignment, and for its stored copy read back', () => {
      fc.assert(
        fc.property(datasetArbitrary, shiftArbitrary, shiftArbitrary, (dataset, left, right) => {
          expect(sameDataset(copyOf(dataset, left), copyOf(dataset, right))).toBe(true);
          const back = fromStored(structuredClone(toStored(dataset)), 'x');
          expect(back.ok && sameDataset(dataset, back.value)).toBe(true);
        }),
        { numRuns: 200 },
      );
    });

    // One change of every kind: a value in any column (the last included, where a byte tail is
    // compared on its own), NaN for a value and back, 0 for -0, a name, a measure gone or added.
    type Change = (copy: Dataset) => void;
    const rowOf = (dataset: Dataset, pick: number) => pick % dataset.days.length;
    const changeArbitrary: fc.Arbitrary<(dataset: Dataset) => Change> = fc.oneof(
      fc
        .tuple(fc.constantFrom(...INTEGER_COLUMNS), fc.nat(), fc.integer({ min: 1, max: 200 }))
        .map(([name, pick, by]) => (dataset: Dataset) => (copy: Dataset) => {
          const column = copy[name];
          const row = rowOf(dataset, pick);
          column[row] = (column[row] ?? 0) + by;
        }),
      fc
        .tuple(
          fc.constantFrom(...MEASURES),
          fc.nat(),
          fc.constantFrom(Number.NaN, 0, -0, 1, 0.1, -1e300),
        )
        .map(([measure, pick, value]) => (dataset: Dataset) => (copy: Dataset) => {
          const column = copy.measures[measure];
          if (column) column[rowOf(dataset, pick)] = value;
          else copy.measures[measure] = new Float64Array(dataset.days.length);
        }),
      fc
        .constantFrom(...MEASURES)
        .map((measure) => () => (copy: Dataset) => delete copy.measures[measure]),
      fc
        .constantFrom<'regions' | 'models' | 'sources'>('regions', 'models', 'sources')
        .map(
          (name) => () => (copy: Dataset) =>
            (copy[name] = copy[name].map((text, i) => (i === 0 ? `${text}!` : text))),
        ),
    );

    it('finds every single change, and only changes, either way round', () => {
      fc.assert(
        fc.property(
          datasetArbitrary,
          changeArbitrary,
          shiftArbitrary,
          (dataset, changeOf, shift) => {
            const copy = copyOf(dataset, shift);
            changeOf(dataset)(copy);
            const expected = referenceSame(dataset, copy);
            expect(sameDataset(dataset, copy)).toBe(expected);
            expect(sameDataset(copy, dataset)).toBe(expected);
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});
