import type {
  AheadCount,
  AheadProgress,
  CountAhead,
} from '../domain/import/fast/count-ahead-types';
import type { AheadRequest, AheadResponse } from './ahead-protocol';

/**
 * The second reader of a big per-vehicle file, in a worker the import worker starts. Where a
 * worker cannot start here, or fails, the import worker reads the whole file itself: the same
 * outcome, one core's speed; the reason goes to the console.
 */
export function countAheadInWorker(file: Blob): CountAhead | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return (from, shape) => {
    const worker = new Worker(new URL('./ahead-worker.ts', import.meta.url), { type: 'module' });
    let settle: (count: AheadCount | null) => void = () => {};
    let progress: AheadProgress = { bytes: 0, rows: 0 };
    const result = new Promise<AheadCount | null>((resolve) => {
      settle = resolve;
      worker.onmessage = ({ data }: MessageEvent<AheadResponse>) => {
        if (data.type === 'progress') {
          progress = data.progress;
          return;
        }
        if (!data.ok) console.warn(`Import: no second reader (${data.reason})`);
        resolve(data.ok ? data.count : null);
      };
      worker.onerror = (event) => {
        console.error('Import: the second reader failed; the file is read by one.', event.message);
        resolve(null);
      };
    }).finally(() => worker.terminate());
    const request: AheadRequest = { file, from, shape };
    worker.postMessage(request);
    return {
      result,
      progress: () => progress,
      cancel: () => {
        worker.terminate();
        settle(null);
      },
    };
  };
}
