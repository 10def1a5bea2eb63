import { prepareKernelInstance } from '../domain/import/fast/vehicle-kernel-wasm';
import { warmUpTextImport } from '../domain/import/fast/warm-up';
import { countAheadInWorker, prepareAheadWorker } from './ahead-client';
import { createImportHandler } from './import-handler';
import type { ImportRequest, ImportResponse } from './import-protocol';

// The app's TypeScript setup has the DOM library, not the WebWorker one (they clash); this is the
// part of the worker's global scope used here.
interface WorkerScope {
  postMessage(message: ImportResponse, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const handle = createImportHandler(
  (response, transfer = []) => scope.postMessage(response, transfer),
  { countAhead: countAheadInWorker },
);

// The warm-up below stops for the first request.
const warmUp = new AbortController();
scope.onmessage = (event) => {
  warmUp.abort();
  handle(event.data);
};
// A big file's second reader is ready before the first file is chosen, and the first reader's
// kernel is compiled and an instance made by then, its memory grown, and the fast reader's code
// compiled by reading a small made-up file, unless a file comes first (a per-vehicle CSV's
// import would otherwise do all of it on its way). The page starts this worker while it is
// idle (use-import.ts).
prepareAheadWorker();
prepareKernelInstance();
void warmUpTextImport(warmUp.signal);
