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
  void countAheadOf(event.data, (response) =>
    scope.postMessage(
      response,
      response.type === 'done' && response.ok ? aheadTransferables(response.count) : [],
    ),
  );
};
