import type {
  AheadCount,
  AheadProgress,
  CountAhead,
} from '../domain/import/fast/count-ahead-types';
import type { AheadRequest, AheadResponse } from './ahead-protocol';

/** A second reader's worker, started before it is needed; `failed` says why it cannot serve. */
interface ReadyWorker {
  worker: Worker;
  failed: string | null;
}

let spare: ReadyWorker | null = null;

function startWorker(): ReadyWorker {
  const worker = new Worker(new URL('./ahead-worker.ts', import.meta.url), { type: 'module' });
  const ready: ReadyWorker = { worker, failed: null };
  // Until it is given a file: a worker that fails to start says so here, not to a job.
  worker.onerror = (event) => {
    ready.failed = event.message || 'the worker failed to start';
  };
  return ready;
}

/**
 * Starts the next second reader's worker now (its start-up, some 50 ms, then overlaps the
 * reading of a file's head rather than follows it). One is kept ready at a time.
 */
export function prepareAheadWorker(): void {
  if (typeof Worker !== 'undefined') spare ??= startWorker();
}

/**
 * The second reader of a big per-vehicle file, in a worker the import worker starts. Where a
 * worker cannot start here, or fails, the import worker reads the whole file itself: the same
 * outcome, one core's speed; the reason goes to the console.
 */
export function countAheadInWorker(file: Blob): CountAhead | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return (from, shape) => {
    const ready = spare ?? startWorker();
    spare = null;
    const { worker } = ready;
    let settle: (count: AheadCount | null) => void = () => {};
    let progress: AheadProgress = { bytes: 0, rows: 0 };
    const failed = (why: string) => {
      console.error(`Import: the second reader failed (${why}); the file is read by one.`);
      settle(null);
    };
    const result = new Promise<AheadCount | null>((resolve) => {
      settle = resolve;
    }).finally(() => {
      worker.terminate();
      prepareAheadWorker();
    });
    worker.onmessage = ({ data }: MessageEvent<AheadResponse>) => {
      if (data.type === 'progress') {
        progress = data.progress;
        return;
      }
      if (!data.ok) console.warn(`Import: no second reader (${data.reason})`);
      settle(data.ok ? data.count : null);
    };
    worker.onerror = (event) => failed(event.message);
    if (ready.failed !== null) {
      failed(ready.failed);
    } else {
      const request: AheadRequest = { file, from, shape };
      worker.postMessage(request);
    }
    return {
      result,
      progress: () => progress,
      cancel: () => settle(null),
    };
  };
}
