import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { TableMapping } from '../../domain/import/normalise';
import type { ImportResult } from '../../domain/import/types';
import type { OpenedFile, TableCheck } from '../../workers/import-protocol';
import { createImportClient, type ImportClient } from './import-client';
import {
  importReducer,
  initialImportState,
  type ImportChoices,
  type ImportState,
  type ReviewTable,
} from './import-session';
import {
  fitRemembered,
  recallMapping,
  rememberMapping,
  type MappingStorage,
} from './mapping-memory';
import { ImportCancelledError, readFileBytes } from './read-file';
import { importFailure } from './describe-issue';
import { useLoadedData, type ImportTarget } from './loaded-data';

export type { FileEntry, ImportTarget, TargetDataset, TargetOutcome } from './loaded-data';

export interface ImportController {
  state: ImportState;
  /**
   * Reads and opens the files one after another; each then waits in the dialog. `replaces`: the
   * id of the stored dataset the file is a newer export of (the dataset list's Replace).
   */
  start: (files: File[], options?: { replaces?: string }) => void;
  /** Imports a reviewed file with the user's choices and merges it into the loaded data. */
  confirm: (fileId: string, choices: ImportChoices) => Promise<void>;
  /** The dialog was closed without importing this file. */
  skip: (fileId: string) => void;
  /** Preview and dry run of a table with another mapping. */
  preview: (
    fileId: string,
    table: string,
    mapping: TableMapping,
  ) => Promise<ImportResult<TableCheck>>;
  /** Stops every file not yet imported; the data already loaded stays. */
  cancel: () => void;
  /** Clears the problems and notices of finished files. */
  dismiss: () => void;
}

export interface ImportOptions {
  /** A client to use instead of the default (worker where available). */
  client?: ImportClient;
  /** Where mappings are remembered; localStorage by default. */
  storage?: MappingStorage | null;
}

let nextFileNumber = 1;

export function useImport(target: ImportTarget, options: ImportOptions = {}): ImportController {
  const [state, dispatch] = useReducer(importReducer, initialImportState);
  const { storage } = options;
  const clientRef = useRef<ImportClient | null>(options.client ?? null);
  const ownsClient = options.client === undefined;
  const abortRef = useRef(new AbortController());
  const filesRef = useRef(new Map<string, File>());
  const reviewRef = useRef(new Map<string, ReviewTable[]>());
  const replacesRef = useRef(new Map<string, string>());
  const queueRef = useRef<Promise<void>>(Promise.resolve());
  const importQueueRef = useRef<Promise<void>>(Promise.resolve());
  const loaded = useLoadedData(target);

  useEffect(() => {
    if (!ownsClient) return;
    return () => {
      // The worker ends with the component; a new one starts empty if the component comes back.
      clientRef.current?.dispose();
      clientRef.current = null;
      loaded.forgetWorkerCopy();
    };
  }, [ownsClient, loaded]);

  const client = useCallback((): ImportClient => {
    clientRef.current ??= options.client ?? createImportClient();
    return clientRef.current;
  }, [options.client]);

  const reviewTables = useCallback(
    async (id: string, opened: OpenedFile): Promise<ReviewTable[]> => {
      const tables: ReviewTable[] = [];
      for (const table of opened.tables) {
        const recalled = recallMapping(table.mappingKey, storage);
        const remembered = recalled ? fitRemembered(recalled, table.guessed) : null;
        let check = table.check;
        if (remembered) {
          const previewed = await client().preview(id, table.table, remembered);
          if (previewed.ok) check = previewed.value;
        }
        tables.push({ ...table, remembered: remembered ? check.mapping : null, check });
      }
      return tables;
    },
    [client, storage],
  );

  const openOne = useCallback(
    async (id: string, file: File, signal: AbortSignal) => {
      try {
        const bytes = await readFileBytes(
          file,
          (bytesRead) => dispatch({ type: 'read', id, bytesRead }),
          signal,
        );
        dispatch({ type: 'parsing', id, rows: null });
        const opened = await client().open(
          id,
          bytes,
          file.name,
          ({ rows, stage }) =>
            !signal.aborted &&
            dispatch({ type: 'parsing', id, rows, checking: stage === 'checking' }),
        );
        if (signal.aborted) return;
        if (!opened.ok) {
          dispatch({ type: 'rejected', id, error: opened.error, issues: opened.issues });
          return;
        }
        const tables = await reviewTables(id, opened.value);
        if (signal.aborted) return;
        const notes = [...opened.issues, ...opened.value.tables.flatMap((table) => table.notes)];
        const issues = [...new Set(notes)];
        reviewRef.current.set(id, tables);
        dispatch({ type: 'opened', id, format: opened.value.format, tables, issues });
      } catch (error) {
        // Cancelling is not a failure: the session already shows "Import cancelled".
        if (error instanceof ImportCancelledError || signal.aborted) return;
        dispatch({ type: 'rejected', id, error: importFailure(file.name, error), issues: [] });
      }
    },
    [client, reviewTables],
  );

  const start = useCallback(
    (files: File[], options: { replaces?: string } = {}) => {
      if (files.length === 0) return;
      const entries = files.map((file) => ({ id: `file-${nextFileNumber++}`, file }));
      dispatch({
        type: 'added',
        files: entries.map(({ id, file }) => ({ id, name: file.name, size: file.size })),
      });
      const signal = abortRef.current.signal;
      for (const { id, file } of entries) {
        filesRef.current.set(id, file);
        if (options.replaces !== undefined) replacesRef.current.set(id, options.replaces);
        queueRef.current = queueRef.current.then(() =>
          signal.aborted ? undefined : openOne(id, file, signal),
        );
      }
    },
    [openOne],
  );

  const importOne = useCallback(
    async (fileId: string, choices: ImportChoices, signal: AbortSignal) => {
      const file = filesRef.current.get(fileId);
      if (!file) throw new Error(`No file ${fileId} in the import session`);
      const reviewed = reviewRef.current.get(fileId) ?? [];
      for (const choice of choices.tables) {
        const key = reviewed.find((table) => table.table === choice.table)?.mappingKey;
        if (key !== undefined) rememberMapping(key, choice.mapping, storage);
      }
      // Kept as a dataset of its own when the target keeps files (null: merged into the whole).
      const plan = loaded.planFile(file.name, replacesRef.current.get(fileId) ?? null);
      try {
        const result = await client().normalise(
          fileId,
          choices.tables,
          choices.duplicates,
          plan ? plan.existing : loaded.existing(),
          ({ rows }) => !signal.aborted && dispatch({ type: 'importing', id: fileId, rows }),
        );
        if (signal.aborted) return;
        if (!result.ok) {
          dispatch({ type: 'rejected', id: fileId, error: result.error, issues: result.issues });
          return;
        }
        const { recordCount } = result.value;
        if (!plan) {
          loaded.set(result.value.dataset, result.value.sources);
          dispatch({ type: 'imported', id: fileId, recordCount, issues: result.issues });
          return;
        }
        const refused = await loaded.keepFile(plan, result.value, choices.tables);
        if (signal.aborted) return;
        if (refused) {
          dispatch({ type: 'rejected', id: fileId, error: refused, issues: result.issues });
          return;
        }
        const issues = [...plan.issues, ...result.issues];
        dispatch({ type: 'imported', id: fileId, recordCount, issues });
      } catch (error) {
        if (error instanceof ImportCancelledError || signal.aborted) return;
        dispatch({
          type: 'rejected',
          id: fileId,
          error: importFailure(file.name, error),
          issues: [],
        });
      } finally {
        filesRef.current.delete(fileId);
        reviewRef.current.delete(fileId);
        replacesRef.current.delete(fileId);
      }
    },
    [client, loaded, storage],
  );

  const confirm = useCallback(
    (fileId: string, choices: ImportChoices): Promise<void> => {
      dispatch({ type: 'importing', id: fileId, rows: null });
      const signal = abortRef.current.signal;
      // One import at a time: each merges into what the previous one produced.
      const run = importQueueRef.current.then(() =>
        signal.aborted ? undefined : importOne(fileId, choices, signal),
      );
      importQueueRef.current = run;
      return run;
    },
    [importOne],
  );

  const skip = useCallback(
    (fileId: string) => {
      dispatch({ type: 'skipped', id: fileId });
      filesRef.current.delete(fileId);
      reviewRef.current.delete(fileId);
      replacesRef.current.delete(fileId);
      client().release(fileId);
    },
    [client],
  );

  const preview = useCallback(
    (fileId: string, table: string, mapping: TableMapping) =>
      client().preview(fileId, table, mapping),
    [client],
  );

  const cancel = useCallback(() => {
    abortRef.current.abort();
    abortRef.current = new AbortController();
    // The worker restarts empty: the next import sends the loaded data again.
    loaded.forgetWorkerCopy();
    clientRef.current?.cancelAll();
    filesRef.current.clear();
    reviewRef.current.clear();
    replacesRef.current.clear();
    queueRef.current = Promise.resolve();
    importQueueRef.current = Promise.resolve();
    dispatch({ type: 'cancelled' });
  }, [loaded]);

  const dismiss = useCallback(() => dispatch({ type: 'dismissed' }), []);

  return useMemo(
    () => ({ state, start, confirm, skip, preview, cancel, dismiss }),
    [state, start, confirm, skip, preview, cancel, dismiss],
  );
}
