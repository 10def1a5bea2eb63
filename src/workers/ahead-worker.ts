import { prepareKernelInstance } from '../domain/import/fast/vehicle-kernel-wasm';
import { countAheadOf } from './ahead-count';
import { aheadTransferables, type AheadRequest, type AheadResponse } from './ahead-protocol';

// The DOM library's types, not the WebWorker ones (they clash): the part of the scope used here.
interface WorkerScope {
  postMessage(message: AheadResponse, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<AheadRequest>) => void) | null;
}

/** The import's second reader: started by the import worker, one file each, then ended by it. */
const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const post = (response: AheadResponse) =>
    scope.postMessage(
      response,
      response.type === 'done' && response.ok ? aheadTransferables(response.count) : [],
    );
  countAheadOf(event.data, post).catch((error: unknown) => {
    // A bug: the import worker reads the file alone, and the error still reaches the console.
    post({ type: 'done', ok: false, reason: String(error) });
    throw error;
  });
};

// Compiled and an instance made while the worker waits for its file (the reason it cannot, if
// any, is said then).
prepareKernelInstance();
