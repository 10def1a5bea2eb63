import { importTextFast } from './fast-text-import';
import { vehicleCsv } from './testing/big-files';
import { warmUpFile, warmUpTextImport } from './warm-up';

describe('the import worker’s warm-up', () => {
  it('reads its made-up file with the fast reader, past the head, into daily records', () => {
    expect(warmUpFile().length).toBeGreaterThan(512 * 1024);
    const outcome = warmUpTextImport();
    if (!outcome.eligible) throw new Error(`not read fast: ${outcome.reason}`);
    expect(outcome.table.rowCount).toBe(8_001);
    const { result } = outcome.table;
    expect(result.ok && result.value.records.length).toBeGreaterThan(1_000);
  });

  it('leaves nothing behind: a file reads the same before and after it', () => {
    const bytes = vehicleCsv(20_000);
    const read = () => importTextFast(bytes, { file: 'vehicles.csv', totalBytes: bytes.length });
    const before = read();
    warmUpTextImport(500);
    expect(read()).toEqual(before);
    expect(before.eligible).toBe(true);
  });
});
