import type { AheadShape } from '../domain/import/fast/count-ahead-types';
import type { AheadResponse } from './ahead-protocol';

/** A Worker that records what it is sent and answers when told to. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: AheadResponse }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const SHAPE: AheadShape = {
  delimiter: 0x2c,
  width: 6,
  columns: { events: [3, 4, 5, -1], vin: 0, region: 1, model: 2 },
  countsUnscheduled: false,
};

async function client() {
  vi.resetModules();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  return import('./ahead-client');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the second reader’s worker, kept ready', () => {
  it('gives a file to the worker started before, and starts the next once done', async () => {
    const { countAheadInWorker, prepareAheadWorker } = await client();
    prepareAheadWorker();
    prepareAheadWorker();
    expect(FakeWorker.made).toHaveLength(1);
    const file = new Blob(['x']);
    const handle = countAheadInWorker(file)?.(100, SHAPE);
    const [ready] = FakeWorker.made;
    expect(ready?.sent).toEqual([{ file, from: 100, shape: SHAPE }]);
    ready?.onmessage?.({ data: { type: 'progress', progress: { bytes: 5, rows: 1 } } });
    expect(handle?.progress?.()).toEqual({ bytes: 5, rows: 1 });
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    ready?.onmessage?.({ data: { type: 'done', ok: false, reason: 'no WebAssembly here' } });
    expect(warnings).toHaveBeenCalledWith(expect.stringContaining('no WebAssembly here'));
    await expect(handle?.result).resolves.toBeNull();
    expect(ready?.terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('reads the file with one reader when the worker kept ready had failed to start', async () => {
    const { countAheadInWorker, prepareAheadWorker } = await client();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    prepareAheadWorker();
    FakeWorker.made[0]?.onerror?.({ message: 'blocked by the policy' });
    const handle = countAheadInWorker(new Blob(['x']))?.(0, SHAPE);
    await expect(handle?.result).resolves.toBeNull();
    expect(FakeWorker.made[0]?.sent).toEqual([]);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('blocked by the policy'));
  });

  it('ends the worker when the import is cancelled', async () => {
    const { countAheadInWorker } = await client();
    const handle = countAheadInWorker(new Blob(['x']))?.(0, SHAPE);
    handle?.cancel();
    await expect(handle?.result).resolves.toBeNull();
    expect(FakeWorker.made[0]?.terminated).toBe(true);
  });

  it('is not offered where workers cannot start', async () => {
    const { countAheadInWorker } = await client();
    vi.stubGlobal('Worker', undefined);
    expect(countAheadInWorker(new Blob(['x']))).toBeUndefined();
  });
});
