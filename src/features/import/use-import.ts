import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { TableMapping } from '../../domain/import/normalise';
import type { ImportResult } from '../../domain/import/types';
import type { TableCheck } from '../../workers/import-protocol';
import { createImportClient, type ImportClient } from './import-client';
import {
  importReducer,
  initialImportState,
  type ImportChoices,
  type ImportState,
  type ReviewTable,
} from './import-session';
import { importReviewed } from './import-reviewed';
import { useLoadedData, type ImportTarget } from './loaded-data';
import type { MappingStorage } from './mapping-memory';
import { openForReview, type FlowDeps } from './open-for-review';

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

  useEffect(() => {
    // The worker starts while the page is idle, so its script has run when a file is chosen.
    const warmUp = () => void client();
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(warmUp, { timeout: 2_000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(warmUp, 1_000);
    return () => clearTimeout(handle);
  }, [client]);

  const deps = useMemo<FlowDeps>(() => ({ client, dispatch, storage }), [client, storage]);

  const forget = useCallback((fileId: string) => {
    filesRef.current.delete(fileId);
    reviewRef.current.delete(fileId);
    replacesRef.current.delete(fileId);
  }, []);

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
        queueRef.current = queueRef.current.then(async () => {
          if (signal.aborted) return;
          const tables = await openForReview(id, file, signal, deps);
          if (tables) reviewRef.current.set(id, tables);
        });
      }
    },
    [deps],
  );

  const importOne = useCallback(
    async (fileId: string, choices: ImportChoices, signal: AbortSignal) => {
      const file = filesRef.current.get(fileId);
      if (!file) throw new Error(`No file ${fileId} in the import session`);
      const reviewed = {
        id: fileId,
        file,
        reviewed: reviewRef.current.get(fileId) ?? [],
        replaces: replacesRef.current.get(fileId) ?? null,
      };
      try {
        await importReviewed(reviewed, choices, signal, loaded, deps);
      } finally {
        forget(fileId);
      }
    },
    [deps, forget, loaded],
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
      forget(fileId);
      client().release(fileId);
    },
    [client, forget],
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
