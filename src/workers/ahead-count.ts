import { AheadCounter } from '../domain/import/fast/count-ahead';
import {
  acquireKernelInstance,
  vehicleKernelModule,
} from '../domain/import/fast/vehicle-kernel-wasm';
import { PROGRESS_MS, type AheadRequest, type AheadResponse } from './ahead-protocol';
import { reusedChunks } from './read-blob';

/**
 * The ahead worker's work, as a plain function: the file from `from`, streamed through the
 * counter, its progress and then its count posted.
 */
export async function countAheadOf(
  { file, from, shape }: AheadRequest,
  post: (response: AheadResponse) => void,
): Promise<void> {
  const kernel = vehicleKernelModule();
  if (!kernel.ok) return post({ type: 'done', ok: false, reason: kernel.reason });
  const wasm = acquireKernelInstance();
  const counter = wasm && AheadCounter.create(wasm, shape, from);
  if (!counter)
    return post({ type: 'done', ok: false, reason: 'the kernel does not read this table' });
  let said = performance.now();
  for await (const chunk of reusedChunks(file.slice(from))) {
    counter.push(chunk);
    if (performance.now() - said >= PROGRESS_MS) {
      said = performance.now();
      post({ type: 'progress', progress: counter.progress });
    }
  }
  post({ type: 'done', ok: true, count: counter.end() });
}
