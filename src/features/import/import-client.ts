import type { DuplicatePolicy, TableMapping } from '../../domain/import/normalise';
import type { ImportResult } from '../../domain/import/types';
import type {
  ExistingData,
  ImportedData,
  ImportRequest,
  ImportResponse,
  OpenedFile,
  TableCheck,
  TableChoice,
} from '../../workers/import-protocol';
import { ImportCancelledError } from './import-cancelled';

export interface WorkProgress {
  stage: 'parsing' | 'checking' | 'normalising';
  rows: number;
  /** Bytes of the file read so far; null when the step does not go through the file. */
  bytesRead: number | null;
}

/**
 * The import pipeline behind one async API, run in a Web Worker so that big files never freeze
 * the page, or on the page itself where workers are unavailable (tests, very old browsers).
 */
export interface ImportClient {
  readonly mode: 'worker' | 'main-thread';
  /** The File goes to the worker as it is (a handle, not its bytes): it streams it. */
  open(
    id: string,
    source: Blob,
    file: string,
    onProgress?: (progress: WorkProgress) => void,
  ): Promise<ImportResult<OpenedFile>>;
  preview(id: string, table: string, mapping: TableMapping): Promise<ImportResult<TableCheck>>;
  normalise(
    id: string,
    tables: TableChoice[],
    duplicates: DuplicatePolicy,
    existing: ExistingData,
    onProgress?: (progress: WorkProgress) => void,
    /** 'file': the file is kept as a dataset of its own; no merged dataset is built. */
    want?: 'merged' | 'file',
  ): Promise<ImportResult<ImportedData>>;
  /** Forgets a file's tables (the user skipped it). */
  release(id: string): void;
  /**
   * Stops everything at once: the worker is terminated and a fresh one started; pending requests
   * reject with ImportCancelledError. The files already loaded are forgotten by the worker.
   */
  cancelAll(): void;
  dispose(): void;
}

interface Transport {
  send(request: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
}

type Receive = (response: ImportResponse) => void;
type Fail = (error: Error) => void;

function workerTransport(receive: Receive, fail: Fail): Transport {
  const worker = new Worker(new URL('../../workers/import-worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (event: MessageEvent<ImportResponse>) => receive(event.data);
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    fail(new Error(`The import worker failed: ${event.message || 'it could not be started'}`));
  };
  worker.onmessageerror = () =>
    fail(new Error('The import worker sent a message that could not be read'));
  return {
    send: (request, transfer) => worker.postMessage(request, transfer),
    terminate: () => worker.terminate(),
  };
}

/** The same handler as the worker's, called on the page; loaded only when needed. */
function mainThreadTransport(receive: Receive, fail: Fail): Transport {
  let live = true;
  // Terminating stops the handler's work between chunks, as terminating a worker stops it.
  const stop = new AbortController();
  const handler = import('../../workers/import-handler').then(({ createImportHandler }) =>
    createImportHandler(
      (response) => {
        // Answer asynchronously, as a worker would, so the page renders between steps.
        setTimeout(() => {
          if (live) receive(response);
        }, 0);
      },
      { signal: stop.signal },
    ),
  );
  return {
    send(request) {
      handler.then(
        (handle) =>
          setTimeout(() => {
            if (live) handle(request);
          }, 0),
        (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
      );
    },
    terminate() {
      live = false;
      stop.abort();
    },
  };
}

interface Pending {
  resolve: (response: ImportResponse) => void;
  reject: (error: Error) => void;
  onProgress?: ((progress: WorkProgress) => void) | undefined;
}

export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined';
}

export function createImportClient(options: { useWorker?: boolean } = {}): ImportClient {
  let useWorker = options.useWorker ?? workersAvailable();
  const pending = new Map<number, Pending>();
  let nextRequestId = 1;

  const receive: Receive = (response) => {
    const entry = pending.get(response.requestId);
    // Answers to cancelled requests arrive after the fact; nobody waits for them any more.
    if (!entry) return;
    if (response.type === 'progress') {
      const { stage, rows, bytesRead } = response;
      entry.onProgress?.({ stage, rows, bytesRead });
      return;
    }
    pending.delete(response.requestId);
    if (response.type === 'failed') entry.reject(new Error(response.message));
    else entry.resolve(response);
  };

  const rejectAll = (error: Error) => {
    const entries = [...pending.values()];
    pending.clear();
    for (const entry of entries) entry.reject(error);
  };

  const start = (): Transport => {
    if (!useWorker) return mainThreadTransport(receive, rejectAll);
    return workerTransport(receive, (error) => {
      // A worker that cannot run (blocked, or an engine without module workers) is not retried:
      // the next files are read on the page instead.
      useWorker = false;
      transport.terminate();
      transport = mainThreadTransport(receive, rejectAll);
      rejectAll(error);
    });
  };

  let transport = start();

  function request<T extends ImportResponse['type']>(
    message: ImportRequest & { requestId: number },
    expected: T,
    transfer: Transferable[] = [],
    onProgress?: (progress: WorkProgress) => void,
  ): Promise<Extract<ImportResponse, { type: T }>> {
    return new Promise((resolve, reject) => {
      pending.set(message.requestId, {
        resolve: (response) => {
          if (response.type === expected) resolve(response as Extract<ImportResponse, { type: T }>);
          else reject(new Error(`The import worker answered ${response.type} to ${message.type}`));
        },
        reject,
        onProgress,
      });
      transport.send(message, transfer);
    });
  }

  return {
    get mode() {
      return useWorker ? 'worker' : 'main-thread';
    },
    async open(id, source, file, onProgress) {
      const requestId = nextRequestId++;
      const response = await request(
        { type: 'open', id, requestId, source, file },
        'opened',
        [],
        onProgress,
      );
      return response.result;
    },
    async preview(id, table, mapping) {
      const requestId = nextRequestId++;
      const response = await request(
        { type: 'preview', id, requestId, table, mapping },
        'previewed',
      );
      return response.result;
    },
    async normalise(id, tables, duplicates, existing, onProgress, want = 'merged') {
      const requestId = nextRequestId++;
      const fileOnly = want === 'file';
      const response = await request(
        { type: 'normalise', id, requestId, tables, duplicates, existing, fileOnly },
        'normalised',
        [],
        onProgress,
      );
      return response.result;
    },
    release(id) {
      transport.send({ type: 'cancel', id }, []);
    },
    cancelAll() {
      transport.terminate();
      rejectAll(new ImportCancelledError());
      transport = start();
    },
    dispose() {
      transport.terminate();
      rejectAll(new ImportCancelledError());
    },
  };
}
