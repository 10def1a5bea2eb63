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
import { createWorkQueue } from './work-queue';
import { openStored } from './open-stored';
import { seededMemoryStore } from './seeded-memory-store';
import {
  applyOutcome,
  byImportTime,
  combinedOf,
  datasetsOf,
  LOADING_SNAPSHOT,
  memoryProblem,
  supersededBy,
  summariesOf,
  VERSION_CHANGE_PROBLEM,
} from './session-state';
import type {
  ChangeChannel,
  StoreOutcome,
  StoreSession,
  StoreSessionOptions,
  StoreSnapshot,
  StorageStatus,
} from './session-types';

export { memoryProblem, VERSION_CHANGE_PROBLEM } from './session-state';
export type { StoreSession } from './session-types';

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
  const listeners = new Set<() => void>();
  let snapshot: StoreSnapshot = LOADING_SNAPSHOT;

  function emit(change: Partial<StoreSnapshot>, dataChanged = false): void {
    snapshot = { ...snapshot, ...change };
    if (dataChanged) {
      const combined = combinedOf(entries);
      snapshot.combined = combined;
      snapshot.sources = combined ? [...combined.sources] : [];
      snapshot.entries = summariesOf(entries, unreadable);
      snapshot.datasets = datasetsOf(entries);
    }
    for (const listener of listeners) listener();
  }

  function storage(change: Partial<StorageStatus>): StorageStatus {
    return { ...snapshot.storage, ...change };
  }

  /** Operations run one at a time, so a reload never interleaves with a write. */
  const enqueue = createWorkQueue();

  function adopt(state: StoredState): void {
    entries = byImportTime(state.entries);
    unreadable = state.unreadable;
    revision = state.revision;
  }

  /** Lets go of the database and stops hearing from the other tabs. */
  function disconnect(): void {
    database?.close();
    database = null;
    unsubscribe?.();
    unsubscribe = null;
    channel?.close();
    channel = null;
  }

  /** From now on the data lives in this tab only; everything shown so far is kept. */
  function goMemory(reason: string): void {
    if (snapshot.storage.mode === 'memory') return;
    // The closed connection makes a write in flight fail first; the version change is the cause.
    const problem = versionChanged ? VERSION_CHANGE_PROBLEM : reason;
    disconnect();
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
    // A browser that fails the request has not granted it: that is what the note says.
    const granted = await options.persistence.persist().catch(() => false);
    emit({ storage: storage({ persisted: granted }) });
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
    ({ entries, unreadable } = applyOutcome({ entries, unreadable }, change, result));
    revision = result.revision;
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
        // Not knowing whether storage is persistent is the state before asking: null.
        const persisted = options.persistence
          ? await options.persistence.persisted().catch(() => null)
          : null;
        const opened = await openStored(options.openStore, {
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
          goMemory(memoryProblem(opened.reason));
        } else {
          database = opened.store;
          repository = opened.repository;
          adopt(opened.state);
          channel = options.channel();
          unsubscribe =
            channel?.subscribe((message) => {
              if (message.type !== 'changed' || message.revision <= revision) return;
              void enqueue(reload);
            }) ?? null;
        }
        const lastView = opened.ok ? opened.state.lastView : null;
        emit({ status: 'ready', lastView, storage: storage(status) }, true);
        markStarted();
      });
    },

    stop() {
      generation += 1;
      if (snapshot.storage.mode === 'memory') return;
      disconnect();
      repository = null;
      started = new Promise<void>((resolve) => (markStarted = resolve));
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
        const supersedes = supersededBy(entries, sources);
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
