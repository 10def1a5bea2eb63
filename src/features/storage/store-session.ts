import { combineDatasets } from '../../domain/records/combine-datasets';
import type { Dataset } from '../../domain/records/dataset';
import { exportDatasetsCsv } from '../../domain/storage/export-csv';
import type { DatasetEntry } from '../../domain/storage/stored-record';
import {
  createDatasetRepository,
  type BaseRevision,
  type Change,
  type DatasetRepository,
  type NewDataset,
  type StoredState,
  type UnreadableEntry,
} from './dataset-repository';
import type { KeyValueStore } from './key-value-store';
import { seededMemoryStore } from './seeded-memory-store';
import type {
  ChangeChannel,
  StoreOutcome,
  StoreSessionOptions,
  StoreSnapshot,
  StorageStatus,
} from './session-types';

export function memoryProblem(reason: string): string {
  return `Your data is kept in this tab only: the browser refused to store it (${reason}). Export it to keep a copy.`;
}

export const VERSION_CHANGE_PROBLEM =
  'Record Pace was opened in a newer version in another tab. Reload this tab to keep saving: until then, changes made here are kept in this tab only. Export the data to keep a copy.';

export interface StoreSession {
  /**
   * Opens the database and loads what it holds. Changes asked for before that wait for it. A
   * session can be stopped and started again (React runs effects twice in development).
   */
  start(): Promise<void>;
  stop(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): StoreSnapshot;
  add(entry: NewDataset): Promise<StoreOutcome>;
  replace(id: string, entry: NewDataset): Promise<StoreOutcome>;
  rename(id: string, name: string): Promise<StoreOutcome>;
  remove(id: string): Promise<StoreOutcome>;
  clearAll(): Promise<StoreOutcome>;
  /**
   * The whole data is now `dataset` (the import flow merges each file into what is loaded):
   * stored as one dataset that supersedes the stored ones whose files it includes. Datasets of
   * other files (another tab's import, say) stay.
   */
  replaceAll(dataset: Dataset, sources: string[]): Promise<StoreOutcome>;
  saveView(view: string): Promise<void>;
  dismissNotice(): void;
  exportCsv(): string;
  /** Resolves once everything asked of the session so far (reloads included) is done. */
  idle(): Promise<void>;
}

function combinedOf(entries: readonly DatasetEntry[]): Dataset | null {
  if (entries.length === 0) return null;
  // One dataset is shown as it is: keeping it the same object lets the importer recognise it.
  if (entries.length === 1) return entries[0]!.dataset;
  return combineDatasets(entries.map((entry) => entry.dataset));
}

function byImportTime(entries: Iterable<DatasetEntry>): DatasetEntry[] {
  return [...entries].sort((a, b) => a.importedAt - b.importedAt || (a.id < b.id ? -1 : 1));
}

export function createStoreSession(options: StoreSessionOptions): StoreSession {
  let repository: DatasetRepository | null = null;
  let database: KeyValueStore | null = null;
  let entries: DatasetEntry[] = [];
  let unreadable: UnreadableEntry[] = [];
  let revision = 0;
  let persistenceAsked = false;
  let versionChanged = false;
  let generation = 0;
  let channel: ChangeChannel | null = null;
  let unsubscribe: (() => void) | null = null;
  let markStarted: () => void = () => undefined;
  let started = new Promise<void>((resolve) => (markStarted = resolve));
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<() => void>();
  let snapshot: StoreSnapshot = {
    status: 'loading',
    entries: [],
    combined: null,
    sources: [],
    storage: { mode: 'indexeddb', problem: null, persisted: null },
    notice: null,
    lastView: null,
  };

  function emit(change: Partial<StoreSnapshot>, dataChanged = false): void {
    snapshot = { ...snapshot, ...change };
    if (dataChanged) {
      const combined = combinedOf(entries);
      snapshot.combined = combined;
      snapshot.sources = combined ? [...combined.sources] : [];
      snapshot.entries = [
        ...entries.map((entry) => ({
          id: entry.id,
          name: entry.name,
          sources: entry.sources,
          importedAt: entry.importedAt,
          rowCount: entry.dataset.days.length,
          revision: entry.revision,
          problem: null,
        })),
        ...unreadable.map((entry) => ({
          id: entry.id,
          name: entry.name,
          sources: [],
          importedAt: 0,
          rowCount: 0,
          revision: entry.revision,
          problem: entry.message,
        })),
      ];
    }
    for (const listener of listeners) listener();
  }

  function storage(change: Partial<StorageStatus>): StorageStatus {
    return { ...snapshot.storage, ...change };
  }

  /** Operations run one at a time, so a reload never interleaves with a write. */
  function enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work);
    // The queue only orders the work; each caller receives its own outcome through `next`.
    queue = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  function adopt(state: StoredState): void {
    entries = byImportTime(state.entries);
    unreadable = state.unreadable;
    revision = state.revision;
  }

  /** From now on the data lives in this tab only; everything shown so far is kept. */
  function goMemory(reason: string): void {
    if (snapshot.storage.mode === 'memory') return;
    // The closed connection makes a write in flight fail first; the version change is the cause.
    const problem = versionChanged ? VERSION_CHANGE_PROBLEM : reason;
    database?.close();
    database = null;
    unsubscribe?.();
    unsubscribe = null;
    channel?.close();
    channel = null;
    unreadable = [];
    repository = createDatasetRepository(seededMemoryStore(entries, revision, snapshot.lastView));
    emit({ storage: storage({ mode: 'memory', problem }) }, true);
  }

  async function reload(): Promise<void> {
    if (!repository || snapshot.storage.mode === 'memory') return;
    const loaded = await repository.load();
    if (!loaded.ok) return goMemory(memoryProblem(loaded.reason));
    adopt(loaded.value);
    emit({}, true);
  }

  async function askPersistence(): Promise<void> {
    if (persistenceAsked || !options.persistence || snapshot.storage.persisted === true) return;
    persistenceAsked = true;
    const granted = await options.persistence.persist().catch(() => false);
    emit({ storage: storage({ persisted: granted }) });
  }

  function applyCommit(
    change: Change,
    outcome: { revision: number; written: DatasetEntry[]; removed: string[]; cleared: boolean },
  ): void {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    if (outcome.cleared) {
      byId.clear();
      unreadable = [];
    }
    for (const id of outcome.removed) byId.delete(id);
    unreadable = unreadable.filter((entry) => !outcome.removed.includes(entry.id));
    for (const entry of outcome.written) {
      const local = byId.get(entry.id);
      // A rename reads the stored dataset back; the one already shown stays the same object.
      byId.set(
        entry.id,
        change.kind === 'rename' && local ? { ...entry, dataset: local.dataset } : entry,
      );
    }
    entries = byImportTime(byId.values());
    revision = outcome.revision;
  }

  async function commit(change: Change): Promise<StoreOutcome> {
    if (!repository) throw new Error('The store session was used before it started.');
    const seen = revision;
    const result = await repository.commit(change);
    if (!result.ok) {
      const { error } = result;
      if (error.code === 'conflict') {
        emit({ notice: error.message });
        await reload();
        return { ok: false, error: { code: 'conflict', message: error.message } };
      }
      // The memory store cannot refuse; if it did, retrying would loop for ever.
      if (snapshot.storage.mode === 'memory')
        throw new Error(`Memory store failed: ${error.reason}`);
      goMemory(memoryProblem(error.reason));
      return commit(change);
    }
    applyCommit(change, result);
    emit({ notice: null }, true);
    if (snapshot.storage.mode === 'indexeddb') {
      channel?.post({ type: 'changed', revision: result.revision });
      // Another tab wrote in between (adding needs no base revision): show its change too.
      if (result.revision !== seen + 1) await reload();
      if (change.kind === 'add' || change.kind === 'replace') await askPersistence();
    }
    return { ok: true };
  }

  function baseOf(id: string): BaseRevision | null {
    const found =
      entries.find((entry) => entry.id === id) ?? unreadable.find((entry) => entry.id === id);
    return found ? { id, revision: found.revision } : null;
  }

  function unknown(): StoreOutcome {
    const message = 'That dataset is no longer stored; the list shows what is.';
    emit({ notice: message });
    return { ok: false, error: { code: 'unknown-dataset', message } };
  }

  /** A change waits until the stored data is loaded: its base revisions come from there. */
  async function enqueueChange<T>(work: () => Promise<T>): Promise<T> {
    await started;
    return enqueue(work);
  }

  function withBase(id: string, change: (base: BaseRevision) => Change): Promise<StoreOutcome> {
    return enqueueChange(async () => {
      const base = baseOf(id);
      return base ? commit(change(base)) : unknown();
    });
  }

  return {
    start: () => {
      const current = ++generation;
      return enqueue(async () => {
        // Stopped and started again after storing had failed: the data lives in memory now.
        if (snapshot.storage.mode === 'memory' && repository) return;
        const persisted = options.persistence
          ? await options.persistence.persisted().catch(() => null)
          : null;
        const opened = await options.openStore({
          onVersionChange: () => {
            versionChanged = true;
            void enqueue(async () => goMemory(VERSION_CHANGE_PROBLEM));
          },
          onTerminated: () => {
            void enqueue(async () => goMemory(memoryProblem('the browser closed the database')));
          },
        });
        if (current !== generation) {
          if (opened.ok) opened.store.close();
          return;
        }
        const status = { persisted: persisted === true ? true : null };
        if (!opened.ok) {
          repository = createDatasetRepository(seededMemoryStore([], 0, null));
          const problem = memoryProblem(opened.reason);
          emit({ status: 'ready', storage: storage({ ...status, mode: 'memory', problem }) });
          markStarted();
          return;
        }
        database = opened.store;
        repository = createDatasetRepository(opened.store);
        const loaded = await repository.load();
        if (!loaded.ok) {
          goMemory(memoryProblem(loaded.reason));
          emit({ status: 'ready', storage: storage(status) });
          markStarted();
          return;
        }
        adopt(loaded.value);
        channel = options.channel();
        unsubscribe =
          channel?.subscribe((message) => {
            if (message.type !== 'changed' || message.revision <= revision) return;
            void enqueue(reload);
          }) ?? null;
        emit({ status: 'ready', lastView: loaded.value.lastView, storage: storage(status) }, true);
        markStarted();
      });
    },

    stop() {
      generation += 1;
      unsubscribe?.();
      unsubscribe = null;
      channel?.close();
      channel = null;
      if (snapshot.storage.mode === 'indexeddb') {
        database?.close();
        database = null;
        repository = null;
        started = new Promise<void>((resolve) => (markStarted = resolve));
      }
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    getSnapshot: () => snapshot,

    add: (entry) =>
      enqueueChange(() =>
        commit({
          kind: 'add',
          id: options.newId(),
          importedAt: options.now(),
          entry,
          supersedes: [],
        }),
      ),

    replace: (id, entry) =>
      withBase(id, (base) => ({ kind: 'replace', base, importedAt: options.now(), entry })),

    rename: (id, name) => withBase(id, (base) => ({ kind: 'rename', base, name })),

    remove: (id) => withBase(id, (base) => ({ kind: 'remove', base })),

    clearAll: () => enqueueChange(() => commit({ kind: 'clear', revision })),

    replaceAll: (dataset, sources) =>
      enqueueChange(() => {
        const included = new Set(sources);
        const supersedes = entries
          .filter((entry) => entry.sources.every((source) => included.has(source)))
          .map((entry) => ({ id: entry.id, revision: entry.revision }));
        const entry: NewDataset = { name: sources.join(', ') || 'Imported data', sources, dataset };
        return commit({
          kind: 'add',
          id: options.newId(),
          importedAt: options.now(),
          entry,
          supersedes,
        });
      }),

    saveView: (view) =>
      enqueueChange(async () => {
        if (!repository) throw new Error('The store session was used before it started.');
        emit({ lastView: view });
        const saved = await repository.saveView(view);
        if (!saved.ok) {
          goMemory(memoryProblem(saved.reason));
          await repository.saveView(view);
        }
      }),

    dismissNotice: () => emit({ notice: null }),

    exportCsv: () => exportDatasetsCsv(entries.map((entry) => entry.dataset)),

    idle: () => enqueue(async () => undefined),
  };
}
