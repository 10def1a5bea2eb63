import { datasetFromRecords, recordsFromDataset } from '../../records/build-dataset';
import { importBytes, importBytesFast, type ImportedFile } from '../pipeline';
import { allTemplateTables, templateFile } from '../templates';
import type { ImportResult } from '../types';
import { vehicleCsv, vehicleWorkbook } from './testing/big-files';

const text = (content: string) => new TextEncoder().encode(content);

/** What a caller sees of an import, the records as a set. */
function seen(imported: ImportResult<ImportedFile>) {
  if (!imported.ok) return imported;
  return {
    issues: imported.issues,
    sheets: imported.value.sheets,
    tables: imported.value.tables.map(({ table, mapping, mappingKey, result, sheet }) => ({
      sheet,
      header: table.rows[0],
      mapping,
      mappingKey,
      issues: result.issues,
      records: result.ok ? recordsFromDataset(datasetFromRecords(result.value.records)) : result,
    })),
  };
}

describe('importBytesFast', () => {
  it.each([
    ['a per-vehicle CSV', 'vehicles.csv', vehicleCsv(3_000), 3_001],
    ['a per-vehicle workbook', 'vehicles.xlsx', vehicleWorkbook(3_000), 3_001],
    [
      'a daily CSV',
      'daily.csv',
      text('Date,Region,Deliveries\n2019-06-28,NO,3\n2019-06-29,NO,4\n'),
      3,
    ],
  ])('reads %s fast, with importBytes’ result', (_name, file, bytes, rows) => {
    const fast = importBytesFast(bytes, file);
    expect(seen(fast)).toEqual(seen(importBytes(bytes, file)));
    expect(fast.ok && fast.value.tables[0]?.previewOf).toBe(rows);
  });

  it.each([
    [
      'a wide table',
      'wide.csv',
      text('Date,Norway deliveries,Sweden deliveries\n2019-06-29,3,4\n'),
    ],
    ['a periodic table', 'months.csv', text('Month,Country,Units\n2019-06,NO,3\n')],
    ['a table whose date order is a question', 'q.csv', text('Date,Deliveries\n03/04/2019,1\n')],
    [
      'Windows-1252 text',
      'w.csv',
      new Uint8Array([...text('Date,Region,Deliveries\n2019-06-29,'), 0xd6, 0x0a]),
    ],
    ['not a table', 'photo.bin', new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254])],
  ])('leaves %s to importBytes', (_name, file, bytes) => {
    const fast = importBytesFast(bytes, file);
    expect(fast).toEqual(importBytes(bytes, file));
    expect(fast.ok && fast.value.tables.some((table) => table.previewOf !== undefined)).toBe(false);
  });

  it('gives importBytes’ result for every template', () => {
    const files = allTemplateTables().flatMap((table) =>
      (['csv', 'xlsx'] as const).map((format) => templateFile(table, format)),
    );
    for (const file of files) {
      expect(seen(importBytesFast(file.bytes, file.name))).toEqual(
        seen(importBytes(file.bytes, file.name)),
      );
    }
  });
});
