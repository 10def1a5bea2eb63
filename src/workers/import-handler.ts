import { normaliseTable, type NormalisedTable } from '../domain/import/normalise';
import type { ImportResult } from '../domain/import/types';
import { checkTable, mappingJson, reusableRecords, type DryRun } from './check-table';
import { completeFromGuess, fastDryRun, hasAllFormats } from './fast-table-check';
import {
  datasetTransferables,
  type ImportRequest,
  type ImportResponse,
  type TableChoice,
} from './import-protocol';
import { loadedBefore, mergeFile, type LoadedSource } from './normalise-file';
import {
  CANCELLED,
  openFile,
  readWhole,
  rereadFast,
  type Cancelled,
  type OpenFile,
  type WorkContext,
} from './open-file';

export type PostResponse = (response: ImportResponse, transfer?: Transferable[]) => void;

export interface ImportHandlerOptions {
  /** Stops all work when aborted: the page's fallback stops the handler with it. */
  signal?: AbortSignal;
  /** false: every file goes to the general reader, as the fast reader's equal to compare with. */
  fast?: boolean;
  /** Progress is posted at most this often, in milliseconds; default 100. */
  progressEveryMs?: number;
  /** A second reader for a big file's later rows (ahead-client.ts): the worker gives one. */
  countAhead?: WorkContext['countAhead'];
}

type Request<T extends ImportRequest['type']> = Extract<ImportRequest, { type: T }>;

function tableNotOpen(id: string, table: string): Error {
  return new Error(`No table "${table}" is open for file ${id}`);
}

/**
 * The import worker's logic as a plain function, so that it runs the same in the worker and on
 * the page (when workers are unavailable) and can be tested without one. It keeps each opened
 * file (the File itself, and its tables when the general reader read it) until it is imported
 * or cancelled, and the files already loaded. Requests run as they come; a cancel stops the
 * file's work between chunks.
 */
export function createImportHandler(
  post: PostResponse,
  options: ImportHandlerOptions = {},
): (request: ImportRequest) => void {
  const useFast = options.fast ?? true;
  const progressEveryMs = options.progressEveryMs ?? 100;
  const files = new Map<string, OpenFile>();
  const working = new Map<string, AbortController>();
  let mirror: LoadedSource[] = [];
  // Imports merge into what the one before built: one at a time.
  let imports: Promise<void> = Promise.resolve();
  // Not AbortSignal.any: the page's fallback is for engines that may not have it.
  options.signal?.addEventListener('abort', () => {
    for (const controller of working.values()) controller.abort();
  });

  const contextFor = (
    request: Exclude<ImportRequest, { type: 'cancel' }>,
    stage: (bytesRead: number | null) => 'parsing' | 'checking' | 'normalising',
  ): WorkContext => {
    let controller = working.get(request.id);
    if (!controller || controller.signal.aborted) {
      controller = new AbortController();
      if (options.signal?.aborted) controller.abort();
      working.set(request.id, controller);
    }
    const { id, requestId } = request;
    return {
      signal: controller.signal,
      progressEveryMs,
      countAhead: options.countAhead,
      report: (rows, bytesRead) =>
        post({ type: 'progress', id, requestId, stage: stage(bytesRead), rows, bytesRead }),
    };
  };

  const fileOf = (id: string): OpenFile => {
    const open = files.get(id);
    if (!open) throw new Error(`File ${id} is not open`);
    return open;
  };

  async function open(request: Request<'open'>): Promise<void> {
    // Once every byte is read, what is left is summing up and checking the rows.
    const size = request.source.size;
    const context = contextFor(request, (bytes) =>
      bytes === null || (size > 0 && bytes >= size) ? 'checking' : 'parsing',
    );
    const opened = await openFile(request.source, request.file, context, useFast);
    if (opened === CANCELLED || context.signal.aborted) return cancelled(request);
    if (opened.result.ok) files.set(request.id, opened.open);
    post({ type: 'opened', id: request.id, requestId: request.requestId, result: opened.result });
  }

  async function check(
    open: OpenFile,
    table: string,
    proposed: Parameters<typeof checkTable>[1],
    context: WorkContext,
  ): Promise<ImportResult<DryRun> | Cancelled> {
    const { fast } = open;
    if (fast !== null && fast.table === table) {
      const mapping = completeFromGuess(proposed, fast.guessed);
      const known = open.dryRuns.get(table);
      if (mapping && known?.mappingJson === mappingJson(mapping)) {
        return { ok: true, value: known, issues: [] };
      }
      const outcome = mapping ? await rereadFast(open, fast, mapping, 'sum', context) : null;
      if (outcome && 'cancelled' in outcome) return CANCELLED;
      if (mapping && outcome?.eligible) {
        return { ok: true, value: fastDryRun(fast, mapping, outcome.table.result), issues: [] };
      }
      const whole = await readWhole(open, context);
      if (!whole.ok) return whole;
    }
    const raw = open.tables.get(table);
    if (!raw) throw tableNotOpen(open.file, table);
    return { ok: true, value: checkTable(raw, proposed).dryRun, issues: [] };
  }

  async function preview(request: Request<'preview'>): Promise<void> {
    const open = fileOf(request.id);
    const context = contextFor(request, () => 'checking');
    const checked = await check(open, request.table, request.mapping, context);
    if (checked === CANCELLED || context.signal.aborted) return cancelled(request);
    if (checked.ok) open.dryRuns.set(request.table, checked.value);
    const result: ImportResult<DryRun['check']> = checked.ok
      ? { ok: true, value: checked.value.check, issues: [] }
      : checked;
    post({ type: 'previewed', id: request.id, requestId: request.requestId, result });
  }

  async function readTable(
    open: OpenFile,
    choice: TableChoice,
    policy: Request<'normalise'>['duplicates'],
    context: WorkContext,
  ): Promise<ImportResult<NormalisedTable> | Cancelled> {
    const reused = reusableRecords(open.dryRuns.get(choice.table), choice.mapping, policy);
    if (reused) return reused;
    const { fast } = open;
    if (fast !== null && fast.table === choice.table && hasAllFormats(choice.mapping)) {
      const outcome = await rereadFast(open, fast, choice.mapping, policy, context);
      if ('cancelled' in outcome) return CANCELLED;
      if (outcome.eligible) return outcome.table.result;
    }
    const whole = await readWhole(open, context);
    if (!whole.ok) return whole;
    const raw = open.tables.get(choice.table);
    if (!raw) throw tableNotOpen(open.file, choice.table);
    return normaliseTable(raw, choice.mapping, { duplicates: policy });
  }

  async function normalise(request: Request<'normalise'>): Promise<void> {
    const open = fileOf(request.id);
    const context = contextFor(request, () => 'normalising');
    const tables: ImportResult<NormalisedTable>[] = [];
    let records = 0;
    for (const choice of request.tables) {
      const table = await readTable(open, choice, request.duplicates, context);
      if (table === CANCELLED || context.signal.aborted) return cancelled(request);
      tables.push(table);
      if (!table.ok) break;
      records += table.value.records.length;
      context.report(records, null);
    }
    const before = loadedBefore(request.existing, mirror);
    const { result, loaded } = mergeFile(open.file, tables, before, request.fileOnly);
    if (result.ok) {
      mirror = loaded;
      files.delete(request.id);
      working.delete(request.id);
    }
    const merged = result.ok ? result.value.dataset : null;
    const transfer = merged ? datasetTransferables(merged) : [];
    post({ type: 'normalised', id: request.id, requestId: request.requestId, result }, transfer);
  }

  function cancelled(request: { id: string; requestId: number }): void {
    // Nobody waits for it any more; answered all the same, so that no request goes unanswered.
    post({ type: 'failed', id: request.id, requestId: request.requestId, message: 'Cancelled' });
  }

  const run = (request: Exclude<ImportRequest, { type: 'cancel' }>): Promise<void> => {
    switch (request.type) {
      case 'open':
        return open(request);
      case 'preview':
        return preview(request);
      case 'normalise': {
        const next = imports.then(() => normalise(request));
        imports = next.catch(() => undefined);
        return next;
      }
    }
  };

  return (request) => {
    if (request.type === 'cancel') {
      working.get(request.id)?.abort();
      working.delete(request.id);
      files.delete(request.id);
      return;
    }
    run(request).catch((error: unknown) => {
      // A bug, not a user error: answer the request so the page can say so instead of waiting.
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      post({ type: 'failed', id: request.id, requestId: request.requestId, message });
    });
  };
}
