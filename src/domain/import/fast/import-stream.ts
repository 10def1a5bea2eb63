import {
  createFastTextImport,
  type FastTextImport,
  type FastImportOptions,
  type FastImportOutcome,
} from './fast-text-import';
import { xlsxImportSteps } from './fast-xlsx-import';
import { HEAD_BYTES } from './text-head';

/** How far a streaming import is: bytes of the file (or of the compressed sheet) and rows. */
export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
}

export interface StreamImportOptions extends FastImportOptions {
  /** Told how far the import is, at most every `progressEveryMs` (default 100 ms). */
  onProgress?: (progress: ImportProgress) => void;
  progressEveryMs?: number;
  /** Stops the import between chunks: the outcome is then `cancelled`. */
  signal?: AbortSignal;
}

export type StreamImportOutcome =
  FastImportOutcome | { eligible: false; reason: 'cancelled'; cancelled: true };

const CANCELLED: StreamImportOutcome = { eligible: false, reason: 'cancelled', cancelled: true };

/**
 * Long synchronous runs are cut here: a quarter of a megabyte takes ~25 ms in a browser's
 * worker, so progress and a cancel get through several times within the 250 ms the page allows.
 */
const MAX_CHUNK_BYTES = 1 << 18;

/** A stream's chunks as an async iterable (not every engine's streams are iterable). */
export async function* chunksOf(
  source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  if (!('getReader' in source)) {
    yield* source;
    return;
  }
  const reader = source.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function progressReporter(
  options: StreamImportOptions,
): (progress: ImportProgress, force?: boolean) => void {
  const every = options.progressEveryMs ?? 100;
  let last = -Infinity;
  return (progress, force = false) => {
    if (!options.onProgress) return;
    const now = performance.now();
    if (!force && now - last < every) return;
    last = now;
    options.onProgress(progress);
  };
}

/**
 * Waits for what the reader waits for (a second reader's count), saying the second reader's
 * progress meanwhile, until it is in or the import is cancelled (the reader then stops it).
 */
async function waitFor(
  reader: FastTextImport,
  options: StreamImportOptions,
  report: (progress: ImportProgress) => void,
): Promise<void> {
  const { signal } = options;
  const every = options.progressEveryMs ?? 100;
  for (
    let waiting = reader.waiting;
    waiting !== null && !signal?.aborted;
    waiting = reader.waiting
  ) {
    const settled = await new Promise<boolean>((resolve, reject) => {
      const tick = setTimeout(() => resolve(false), every);
      const stop = () => resolve(false);
      signal?.addEventListener('abort', stop, { once: true });
      waiting
        .then(
          () => resolve(true),
          (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
        )
        .finally(() => {
          clearTimeout(tick);
          signal?.removeEventListener('abort', stop);
        });
    });
    if (settled) return;
    report({
      bytesRead: reader.bytesRead,
      totalBytes: options.totalBytes ?? 0,
      rowsRead: reader.rowsRead,
    });
  }
}

/**
 * Reads delimited text from a stream (File.stream() in a worker) with the fast reader: each
 * chunk is read as it arrives and let go, so the file is never held whole. Reports progress
 * and stops between chunks when `signal` is aborted. A `not eligible` outcome means the file
 * must be read again, whole, by the general reader (importBytes).
 */
export async function importTextStream(
  source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  options: StreamImportOptions,
): Promise<StreamImportOutcome> {
  const reader = createFastTextImport(options);
  const report = progressReporter(options);
  const totalBytes = options.totalBytes ?? 0;
  const cancelled = () => {
    reader.cancel();
    return CANCELLED;
  };
  for await (const chunk of chunksOf(source)) {
    for (let at = 0; at < chunk.length; at += MAX_CHUNK_BYTES) {
      if (options.signal?.aborted) return cancelled();
      const piece = chunk.subarray(at, at + MAX_CHUNK_BYTES);
      // The piece that completes the head also guesses the mapping (a long step): said before.
      const progress = { bytesRead: reader.bytesRead, totalBytes, rowsRead: reader.rowsRead };
      if (progress.bytesRead < HEAD_BYTES && progress.bytesRead + piece.length >= HEAD_BYTES) {
        report(progress, true);
      }
      if (reader.waiting) await waitFor(reader, options, report);
      if (options.signal?.aborted) return cancelled();
      if (!reader.push(piece)) return reader.end();
      report({ bytesRead: reader.bytesRead, totalBytes, rowsRead: reader.rowsRead });
      if (!reader.wantsMore) break;
    }
    if (!reader.wantsMore) break;
  }
  if (reader.waiting) await waitFor(reader, options, report);
  if (options.signal?.aborted) return cancelled();
  // Said before end(), which sums up every row at once: the page shows the file read meanwhile.
  report({ bytesRead: reader.bytesRead, totalBytes, rowsRead: reader.rowsRead }, true);
  const outcome = reader.end();
  report({ bytesRead: reader.bytesRead, totalBytes, rowsRead: reader.rowsRead }, true);
  return outcome;
}

/**
 * Lets the worker's event loop run (a cancel message) between steps. A posted message, not
 * setTimeout(0): nested timers wait at least 4 ms each, idle time dozens of turns would add up.
 */
export function nextTurn(): Promise<void> {
  if (typeof MessageChannel === 'undefined') {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Work between two turns of the event loop: a cancel gets through well within the 250 ms the
 * page allows, and the turns cost little (steps take a few milliseconds each).
 */
const TURN_MS = 40;

/**
 * Reads an XLSX workbook's bytes with the fast reader: its steps (about 128 KiB of XML
 * each) report progress, and the event loop gets a turn every TURN_MS to let a cancel through.
 */
export async function importXlsxBytes(
  bytes: Uint8Array,
  options: StreamImportOptions,
): Promise<StreamImportOutcome> {
  const report = progressReporter(options);
  const steps = xlsxImportSteps(bytes, options);
  let turn = performance.now();
  for (;;) {
    if (options.signal?.aborted) return CANCELLED;
    const step = steps.next();
    if (step.done) return step.value;
    // The last step (the rows summed up) is said to come, however soon after the one before.
    report(step.value, step.value.bytesRead >= step.value.totalBytes);
    if (performance.now() - turn >= TURN_MS) {
      await nextTurn();
      turn = performance.now();
    }
  }
}
