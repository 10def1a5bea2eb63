import { importTextFast } from './fast-text-import';
import { vehicleCsv } from './testing/big-files';
import { warmUpFile, warmUpTextImport } from './warm-up';

describe('the import worker’s warm-up', () => {
  it('reads its made-up file with the fast reader into daily records', async () => {
    const outcome = await warmUpTextImport();
    if (!outcome.eligible) throw new Error(`not read fast: ${outcome.reason}`);
    expect(outcome.table.rowCount).toBe(3_001);
    const { result } = outcome.table;
    expect(result.ok && result.value.records.length).toBeGreaterThan(1_000);
  });

  it('stays within the fast reader’s head, so it is read in one step at the end', () => {
    expect(warmUpFile().length).toBeLessThan(512 * 1024);
  });

  it('stops between its steps once told to, for a request that came meanwhile', async () => {
    const stop = new AbortController();
    const outcome = warmUpTextImport(stop.signal);
    stop.abort();
    await expect(outcome).resolves.toMatchObject({ eligible: false, cancelled: true });
  });

  it('leaves nothing behind: a file reads the same before and after it', async () => {
    const bytes = vehicleCsv(20_000);
    const read = () => importTextFast(bytes, { file: 'vehicles.csv', totalBytes: bytes.length });
    const before = read();
    await warmUpTextImport(undefined, 500);
    expect(read()).toEqual(before);
    expect(before.eligible).toBe(true);
  });
});
