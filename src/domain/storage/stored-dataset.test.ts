import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { datasetFromRecords, recordsFromDataset } from '../records/build-dataset';
import type { DailyRecord, Dataset } from '../records/dataset';
import { MEASURES } from '../records/measures';
import { SCHEMA_VERSION, type StoredDatasetPayload } from './schema';
import { fromStored, toStored } from './stored-dataset';

const recordArbitrary: fc.Arbitrary<DailyRecord> = fc.record({
  day: fc.integer({ min: -30000, max: 60000 }),
  region: fc.string({ maxLength: 12 }),
  model: fc.string({ maxLength: 8 }),
  granularity: fc.constantFrom('day', 'month', 'quarter'),
  values: fc.dictionary(fc.constantFrom(...MEASURES), fc.double({ noNaN: true }), { maxKeys: 6 }),
});

const datasetArbitrary = fc
  .tuple(fc.array(recordArbitrary, { maxLength: 40 }), fc.array(fc.string(), { maxLength: 3 }))
  .map(([records, sources]) => datasetFromRecords(records, sources));

const sample = datasetFromRecords(
  [
    { day: 18076, region: 'US', model: 'Model 3', values: { deliveries: 1050, backlog: 12000 } },
    { day: 18076, region: 'NO', values: { deliveries: 180.5 } },
    { day: 18077, region: 'US', model: 'Model 3', granularity: 'month', values: {} },
  ],
  ['deliveries.csv'],
);

/** A copy of the stored sample with one field changed, as a damaged database might hold it. */
function damaged(change: (payload: Record<string, unknown>) => void): unknown {
  const payload: Record<string, unknown> = { ...toStored(sample) };
  payload.measures = { ...(payload.measures as object) };
  change(payload);
  return payload;
}

describe('toStored and fromStored', () => {
  it('round-trips any dataset exactly, blanks (NaN) included', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const back = fromStored(structuredClone(toStored(dataset)), 'test');
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.value).toEqual(dataset);
        expect(recordsFromDataset(back.value)).toEqual(recordsFromDataset(dataset));
      }),
    );
  });

  it('stores the columns as typed arrays, with the schema version', () => {
    const stored = toStored(sample);
    expect(stored.version).toBe(SCHEMA_VERSION);
    expect(stored.days).toBeInstanceOf(Int32Array);
    expect(stored.measures.deliveries).toBeInstanceOf(Float64Array);
    expect(Object.keys(stored.measures).sort()).toEqual(['backlog', 'deliveries']);
  });

  it('copies a column that is a view onto a larger buffer, so the rest is not stored', () => {
    const big = new Int32Array(1000);
    const dataset: Dataset = { ...sample, days: big.subarray(10, 13) };
    dataset.days.set(sample.days);
    const stored = toStored(dataset);
    expect(stored.days.buffer.byteLength).toBe(3 * Int32Array.BYTES_PER_ELEMENT);
    expect([...stored.days]).toEqual([...sample.days]);
  });

  it.each<[string, (payload: Record<string, unknown>) => void, string, string | undefined]>([
    ['a newer version', (p) => (p.version = SCHEMA_VERSION + 1), 'stored-newer-version', 'version'],
    ['no version', (p) => delete p.version, 'stored-unknown-version', 'version'],
    ['days as a plain list', (p) => (p.days = [18076, 18076, 18077]), 'stored-column-type', 'days'],
    [
      'a short region column',
      (p) => (p.regionIndex = new Uint16Array(2)),
      'stored-column-length',
      'regionIndex',
    ],
    [
      'a model column of the wrong type',
      (p) => (p.modelIndex = new Uint8Array(3)),
      'stored-column-type',
      'modelIndex',
    ],
    [
      'a long measure column',
      (p) => ((p.measures as Record<string, unknown>).deliveries = new Float64Array(4)),
      'stored-column-length',
      'deliveries',
    ],
    [
      'an unknown measure',
      (p) => ((p.measures as Record<string, unknown>).returns = new Float64Array(3)),
      'stored-unknown-measure',
      'returns',
    ],
    ['no measures', (p) => delete p.measures, 'stored-not-a-dataset', 'measures'],
    ['regions that are not texts', (p) => (p.regions = [1, 2]), 'stored-list-type', 'regions'],
    ['no sources', (p) => delete p.sources, 'stored-list-type', 'sources'],
    [
      'a region index past the list',
      (p) => (p.regions = ['NO']),
      'stored-bad-index',
      'regionIndex',
    ],
    [
      'an unknown granularity',
      (p) => (p.granularity = new Uint8Array([0, 0, 7])),
      'stored-bad-index',
      'granularity',
    ],
    [
      'days out of order',
      (p) => (p.days = new Int32Array([18077, 18076, 18078])),
      'stored-order',
      'days',
    ],
  ])('refuses a payload with %s, saying where', (_name, change, code, column) => {
    const result = fromStored(damaged(change), 'June deliveries');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      code,
      severity: 'error',
      file: 'June deliveries',
      column,
    });
    expect(result.error.message).toContain('"June deliveries"');
  });

  it('reads columns made in another realm (a worker, a test environment)', () => {
    const foreign = runInNewContext('(values) => Int32Array.from(values)') as (
      values: number[],
    ) => Int32Array;
    const days = foreign([...sample.days]);
    expect(days).not.toBeInstanceOf(Int32Array);
    const result = fromStored({ ...toStored(sample), days }, 'x');
    expect(result.ok).toBe(true);
  });

  it('refuses an object that only claims to be a typed array', () => {
    const fake = { length: 3, 0: 18076, 1: 18076, 2: 18077, [Symbol.toStringTag]: 'Int32Array' };
    const result = fromStored({ ...toStored(sample), days: fake }, 'x');
    expect(result).toMatchObject({ ok: false, error: { code: 'stored-column-type' } });
  });

  it.each([null, undefined, 42, 'dataset', []])('refuses %j without throwing', (payload) => {
    const result = fromStored(payload, 'x');
    expect(result.ok).toBe(false);
  });

  it('names the record that is out of order', () => {
    const result = fromStored(
      damaged((p) => (p.days = new Int32Array([18076, 18076, 18076]))),
      'x',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'stored-order', row: 3 } });
  });

  it('gives an error value, never an exception, for any damage to a stored dataset', () => {
    const fields = [
      'version',
      'days',
      'regionIndex',
      'modelIndex',
      'granularity',
      'regions',
      'models',
      'measures',
      'sources',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.oneof(fc.anything(), fc.constant(new Int32Array(5)), fc.constant(new Float64Array(1))),
        (field, value) => {
          const payload = damaged((p) => (p[field] = value)) as StoredDatasetPayload;
          const result = fromStored(payload, 'x');
          if (result.ok) expect(result.value.days.length).toBe(result.value.granularity.length);
        },
      ),
    );
  });
});
