import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type {
  AheadCount,
  AheadShape,
  CountAhead,
} from '../src/domain/import/fast/count-ahead-types';

/** What the runner's second thread is given: the file, where to start, the table's shape. */
export interface AheadJob {
  path: string;
  from: number;
  shape: AheadShape;
  chunkBytes: number;
}

/**
 * The import's second reader in a worker thread, as the app's import worker starts one: the
 * thread runs this same runner file (`script`), which sees workerData and counts.
 */
export function countAheadInThread(script: URL, path: string, chunkBytes: number): CountAhead {
  return (from, shape) => {
    const job: AheadJob = { path, from, shape, chunkBytes };
    const worker = new Worker(script, { workerData: job });
    const result = new Promise<AheadCount | null>((resolve, reject) => {
      worker.once('message', (count: AheadCount | null) => resolve(count));
      worker.once('error', reject);
    });
    return {
      result: result.finally(() => void worker.terminate()),
      cancel: () => void worker.terminate(),
    };
  };
}

/** In the worker thread: counts the file from the job's offset, read in chunks as the main thread reads it. */
export async function runAheadJob(): Promise<void> {
  const { path, from, shape, chunkBytes } = workerData as AheadJob;
  const { acquireKernelInstance } = await import('../src/domain/import/fast/vehicle-kernel-wasm');
  const { AheadCounter } = await import('../src/domain/import/fast/count-ahead');
  const wasm = acquireKernelInstance();
  const counter = wasm && AheadCounter.create(wasm, shape, from);
  if (!counter) {
    parentPort?.postMessage(null);
    return;
  }
  const fd = openSync(path, 'r');
  // One buffer, used again, as the app's ahead worker reads (read-blob.ts reusedChunks).
  const chunk = new Uint8Array(chunkBytes);
  try {
    let position = from;
    for (;;) {
      const length = readSync(fd, chunk, 0, chunkBytes, position);
      if (length === 0) break;
      position += length;
      counter.push(length === chunkBytes ? chunk : chunk.subarray(0, length));
    }
  } finally {
    closeSync(fd);
  }
  const count = counter.end();
  const buffers = [
    count.leftBytes,
    count.leftEnds,
    count.countedBefore,
    count.groups,
    count.farCounts,
    count.groupCounts,
    count.yearFirsts,
    count.vinPairs,
    count.vinParts,
  ].map((array) => array.buffer as ArrayBuffer);
  parentPort?.postMessage(count, buffers);
}
