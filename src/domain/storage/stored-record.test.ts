import { datasetFromRecords } from '../records/build-dataset';
import type { StoredDatasetRecord } from './schema';
import { fromStoredRecord, toStoredRecord, type DatasetEntry } from './stored-record';

const entry: DatasetEntry = {
  id: 'a1',
  name: 'June deliveries',
  sources: ['june.csv'],
  importedAt: Date.UTC(2019, 5, 29, 18, 0),
  mappings: [
    {
      file: 'june.csv',
      table: '',
      mapping: {
        shape: 'daily',
        headerRow: 0,
        columns: [{ index: 0, header: 'Date', role: 'date' }],
      },
    },
  ],
  revision: 7,
  dataset: datasetFromRecords(
    [{ day: 18076, region: 'US', values: { deliveries: 1050 } }],
    ['june.csv'],
  ),
};

function withField(field: keyof StoredDatasetRecord, value: unknown): unknown {
  return { ...structuredClone(toStoredRecord(entry)), [field]: value };
}

describe('stored dataset records', () => {
  it('reads back what it wrote, through a structured clone as IndexedDB does', () => {
    const back = fromStoredRecord(structuredClone(toStoredRecord(entry)));
    expect(back).toEqual({ ok: true, value: entry, issues: [] });
  });

  it.each<[keyof StoredDatasetRecord, unknown]>([
    ['id', ''],
    ['id', 3],
    ['name', null],
    ['sources', 'june.csv'],
    ['sources', [1]],
    ['importedAt', 'yesterday'],
    ['importedAt', Infinity],
    ['mappings', undefined],
    ['mappings', [{ file: 'june.csv', table: '', mapping: null }]],
    ['revision', 1.5],
    ['revision', undefined],
  ])('refuses a record whose %s is %j, naming the field', (field, value) => {
    const result = fromStoredRecord(withField(field, value));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'stored-record-field', column: field },
    });
  });

  it('passes on the error of a damaged payload', () => {
    const result = fromStoredRecord(withField('payload', { version: 1 }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'stored-column-type', file: 'June deliveries' },
    });
  });

  it.each([null, 'x', 5, []])('refuses %j without throwing', (value) => {
    expect(fromStoredRecord(value).ok).toBe(false);
  });
});
