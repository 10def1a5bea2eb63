import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, Worker } from 'node:worker_threads';
import { aheadTransferables } from '../src/workers/ahead-protocol';
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
 * The import's second reader in a worker thread, started and made ready (its code loaded, its
 * WebAssembly compiled) before the import is timed, as the app's import worker keeps one ready
 * (ahead-client.ts prepareAheadWorker). It runs this same runner file (`script`).
 */
export async function readyAheadThread(script: URL): Promise<Worker> {
  const worker = new Worker(script, { workerData: { aheadWorker: true } });
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  // A thread never given a job does not keep the runner alive.
  worker.unref();
  return worker;
}

/** The second reader of `path`, counted in a thread readyAheadThread made. */
export function countAheadInThread(worker: Worker, path: string, chunkBytes: number): CountAhead {
  return (from, shape) => {
    worker.ref();
    const job: AheadJob = { path, from, shape, chunkBytes };
    const result = new Promise<AheadCount | null>((resolve, reject) => {
      worker.once('message', (count: AheadCount | null) => resolve(count));
      worker.once('error', reject);
    });
    worker.postMessage(job);
    return {
      result: result.finally(() => void worker.terminate()),
      cancel: () => void worker.terminate(),
    };
  };
}

/** In the worker thread: counts the file from the job's offset, read in chunks as the main thread reads it. */
export async function runAheadJob(): Promise<void> {
  const { acquireKernelInstance, prepareKernelInstance } =
    await import('../src/domain/import/fast/vehicle-kernel-wasm');
  const { AheadCounter } = await import('../src/domain/import/fast/count-ahead');
  // Compiled and an instance made while the thread waits for its job, as the app's worker does.
  prepareKernelInstance();
  parentPort?.postMessage('ready');
  const { path, from, shape, chunkBytes } = await new Promise<AheadJob>((resolve) =>
    parentPort?.once('message', resolve),
  );
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
  parentPort?.postMessage(count, aheadTransferables(count) as ArrayBuffer[]);
}
