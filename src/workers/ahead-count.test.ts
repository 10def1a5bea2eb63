import { countAheadHere } from '../domain/import/fast/count-ahead';
import type { AheadShape } from '../domain/import/fast/count-ahead-types';
import { vehicleCsv } from '../domain/import/fast/testing/big-files';
import { acquireKernelInstance } from '../domain/import/fast/vehicle-kernel-wasm';
import { countAheadOf } from './ahead-count';
import type { AheadResponse } from './ahead-protocol';

const SHAPE: AheadShape = {
  delimiter: 0x2c,
  width: 6,
  columns: { events: [3, 4, 5, -1], vin: 0, region: 1, model: 2 },
  countsUnscheduled: false,
};

describe('the ahead worker’s work', () => {
  const bytes = vehicleCsv(20_000);

  it('streams the file from where it is told and posts the count the counter gives', async () => {
    const posted: AheadResponse[] = [];
    await countAheadOf(
      { file: new Blob([bytes.buffer as ArrayBuffer]), from: 700_000, shape: SHAPE },
      (response) => posted.push(response),
    );
    const wasm = acquireKernelInstance();
    if (wasm === null) throw new Error('WebAssembly runs in Node');
    const expected = countAheadHere(wasm, SHAPE, bytes, 700_000);
    expect(posted.at(-1)).toEqual({ type: 'done', ok: true, count: expected });
    expect(posted.slice(0, -1).every((response) => response.type === 'progress')).toBe(true);
  });

  it('says why it cannot count a table the kernel does not read', async () => {
    const posted: AheadResponse[] = [];
    const shape = { ...SHAPE, columns: { ...SHAPE.columns, vin: 1 } };
    await countAheadOf(
      { file: new Blob([bytes.buffer as ArrayBuffer]), from: 0, shape },
      (response) => posted.push(response),
    );
    expect(posted).toEqual([
      { type: 'done', ok: false, reason: 'the kernel does not read this table' },
    ]);
  });
});
