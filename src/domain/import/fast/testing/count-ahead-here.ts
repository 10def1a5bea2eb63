import { countAheadHere } from '../count-ahead';
import type { AheadCount, CountAhead } from '../count-ahead-types';
import { acquireKernelInstance } from '../vehicle-kernel-wasm';

/**
 * A second reader in this thread, over bytes in memory, fed in chunks of `chunkBytes`: the
 * same counting as a worker's, for tests. `seen` gets each count it gives.
 */
export function countAheadInThread(
  bytes: Uint8Array,
  chunkBytes = 1 << 20,
  seen: (count: AheadCount | null) => void = () => {},
): CountAhead {
  return (from, shape) => {
    const wasm = acquireKernelInstance();
    const count = wasm === null ? null : countAheadHere(wasm, shape, bytes, from, chunkBytes);
    seen(count);
    return { result: Promise.resolve(count), cancel: () => {} };
  };
}
