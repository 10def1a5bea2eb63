import type { Dataset } from '../../domain/records/dataset';
import { sameDataset } from '../../domain/storage/same-dataset';
import {
  LAST_VIEW_KEY,
  REVISION_KEY,
  STORE_NAMES,
  type StoredMapping,
} from '../../domain/storage/schema';
import {
  fromStoredRecord,
  toStoredRecord,
  type DatasetEntry,
} from '../../domain/storage/stored-record';
import { storageFailureReason, type KeyValueStore, type StoreTransaction } from './key-value-store';

const { datasets: DATASETS, view: VIEW, meta: META } = STORE_NAMES;

/** A dataset to store: what the import flow hands over. */
export interface NewDataset {
  name: string;
  sources: string[];
  dataset: Dataset;
  mappings?: StoredMapping[];
}

/** The revision of a stored dataset that a change was based on. */
export interface BaseRevision {
  id: string;
  revision: number;
}

export type Change =
  /** A new dataset; `supersedes` are removed in the same step (the data they held is in it). */
  | { kind: 'add'; id: string; importedAt: number; entry: NewDataset; supersedes: BaseRevision[] }
  | { kind: 'replace'; base: BaseRevision; importedAt: number; entry: NewDataset }
  | { kind: 'rename'; base: BaseRevision; name: string }
  | { kind: 'remove'; base: BaseRevision }
  /** `revision` is the store's revision the tab last saw: nothing it has not seen is cleared. */
  | { kind: 'clear'; revision: number };

export type StoreProblem =
  /** Another tab changed the data meanwhile; nothing was written. */
  | { code: 'conflict'; message: string }
  /** The browser refused (quota, closed database) or what was written did not read back. */
  | { code: 'storage-failed'; reason: string };

export type CommitResult =
  | { ok: true; revision: number; written: DatasetEntry[]; removed: string[]; cleared: boolean }
  | { ok: false; error: StoreProblem };

/** A stored dataset that cannot be read; listed so that it can be removed. */
export interface UnreadableEntry {
  id: string;
  name: string;
  revision: number;
  message: string;
}

export interface StoredState {
  revision: number;
  entries: DatasetEntry[];
  unreadable: UnreadableEntry[];
  lastView: string | null;
}

export type LoadResult = { ok: true; value: StoredState } | { ok: false; reason: string };

class Refused {
  constructor(readonly message: string) {}
}

/** Runs storage work, turning the browser's refusals into a reason; bugs stay exceptions. */
async function guarded<T>(work: () => Promise<T>): Promise<{ value: T } | { reason: string }> {
  try {
    return { value: await work() };
  } catch (error) {
    const reason = storageFailureReason(error);
    if (reason === null) throw error;
    return { reason };
  }
}

function field(value: unknown, name: 'name' | 'revision'): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function revisionOf(value: unknown): number {
  const revision = field(value, 'revision');
  return typeof revision === 'number' ? revision : -1;
}

function nameOf(value: unknown, fallback: string): string {
  const name = field(value, 'name');
  return typeof name === 'string' ? name : fallback;
}

async function storeRevision(transaction: StoreTransaction): Promise<number> {
  const revision = await transaction.get(META, REVISION_KEY);
  return typeof revision === 'number' ? revision : 0;
}

/**
 * The stored record must still be the one the change was based on. Otherwise another tab
 * changed or removed it after this tab last read it, and writing would overwrite that unseen.
 */
async function checkBase(
  transaction: StoreTransaction,
  base: BaseRevision,
  action: string,
  missingIsFine: boolean,
): Promise<unknown> {
  const current = await transaction.get(DATASETS, base.id);
  if (current === undefined) {
    if (missingIsFine) return undefined;
    throw new Refused(`The dataset was removed in another tab, so it was not ${action}.`);
  }
  if (revisionOf(current) !== base.revision) {
    const name = nameOf(current, 'the dataset');
    throw new Refused(
      `"${name}" was changed in another tab, so it was not ${action}: that would have overwritten the other tab's change. The list now shows it as it is; try again if you still want to.`,
    );
  }
  return current;
}

function entryOf(
  id: string,
  importedAt: number,
  entry: NewDataset,
  revision: number,
): DatasetEntry {
  return {
    id,
    name: entry.name,
    sources: [...entry.sources],
    importedAt,
    mappings: entry.mappings ?? [],
    revision,
    dataset: entry.dataset,
  };
}

async function applyChange(
  transaction: StoreTransaction,
  change: Change,
): Promise<{ revision: number; written: DatasetEntry[]; removed: string[]; cleared: boolean }> {
  const revision = (await storeRevision(transaction)) + 1;
  const written: DatasetEntry[] = [];
  const removed: string[] = [];
  let cleared = false;
  switch (change.kind) {
    case 'add':
      for (const base of change.supersedes) {
        await checkBase(transaction, base, 'replaced by the import', true);
        removed.push(base.id);
      }
      written.push(entryOf(change.id, change.importedAt, change.entry, revision));
      break;
    case 'replace':
      await checkBase(transaction, change.base, 'replaced', false);
      written.push(entryOf(change.base.id, change.importedAt, change.entry, revision));
      break;
    case 'rename': {
      const current = fromStoredRecord(await checkBase(transaction, change.base, 'renamed', false));
      if (!current.ok) throw new Refused(current.error.message);
      written.push({ ...current.value, name: change.name, revision });
      break;
    }
    case 'remove':
      await checkBase(transaction, change.base, 'removed', true);
      removed.push(change.base.id);
      break;
    case 'clear':
      if ((await storeRevision(transaction)) !== change.revision) {
        throw new Refused(
          'The data was changed in another tab just now, so nothing was cleared. Check the list and clear again.',
        );
      }
      cleared = true;
      break;
  }
  for (const id of removed) await transaction.delete(DATASETS, id);
  if (cleared) {
    await transaction.clear(DATASETS);
    await transaction.delete(VIEW, LAST_VIEW_KEY);
  }
  for (const entry of written) await transaction.put(DATASETS, entry.id, toStoredRecord(entry));
  await transaction.put(META, REVISION_KEY, revision);
  return { revision, written, removed, cleared };
}

function sameEntry(written: DatasetEntry, read: DatasetEntry): boolean {
  return (
    read.id === written.id &&
    read.name === written.name &&
    read.revision === written.revision &&
    read.importedAt === written.importedAt &&
    read.sources.length === written.sources.length &&
    read.sources.every((source, i) => source === written.sources[i]) &&
    sameDataset(written.dataset, read.dataset)
  );
}

/** Reads what a commit wrote back in a fresh transaction: a write counts once it reads back. */
async function readsBack(
  store: KeyValueStore,
  outcome: { revision: number; written: DatasetEntry[]; removed: string[]; cleared: boolean },
): Promise<boolean> {
  return store.transaction('readonly', async (transaction) => {
    if ((await storeRevision(transaction)) < outcome.revision) return false;
    for (const id of outcome.removed) {
      const left = await transaction.get(DATASETS, id);
      if (left !== undefined && revisionOf(left) <= outcome.revision) return false;
    }
    if (
      outcome.cleared &&
      (await transaction.entries(DATASETS)).some(([, v]) => revisionOf(v) <= outcome.revision)
    ) {
      return false;
    }
    for (const entry of outcome.written) {
      const read = fromStoredRecord(await transaction.get(DATASETS, entry.id));
      // A later revision means another tab has changed it since: ours did arrive before that.
      if (!read.ok || (read.value.revision === entry.revision && !sameEntry(entry, read.value))) {
        return false;
      }
      if (read.value.revision < entry.revision) return false;
    }
    return true;
  });
}

/** Loading and changing the stored datasets and the last view, over any KeyValueStore. */
export interface DatasetRepository {
  load(): Promise<LoadResult>;
  commit(change: Change): Promise<CommitResult>;
  saveView(view: string): Promise<{ ok: true } | { ok: false; reason: string }>;
}

export function createDatasetRepository(store: KeyValueStore): DatasetRepository {
  return {
    async load() {
      const read = await guarded(() =>
        store.transaction('readonly', async (transaction) => {
          const rows = await transaction.entries(DATASETS);
          const view = await transaction.get(VIEW, LAST_VIEW_KEY);
          return { revision: await storeRevision(transaction), rows, view };
        }),
      );
      if ('reason' in read) return { ok: false, reason: read.reason };
      const entries: DatasetEntry[] = [];
      const unreadable: UnreadableEntry[] = [];
      for (const [id, row] of read.value.rows) {
        const entry = fromStoredRecord(row);
        if (entry.ok) entries.push(entry.value);
        else {
          unreadable.push({
            id,
            name: nameOf(row, id),
            revision: revisionOf(row),
            message: entry.error.message,
          });
        }
      }
      entries.sort((a, b) => a.importedAt - b.importedAt || (a.id < b.id ? -1 : 1));
      const { revision, view } = read.value;
      return {
        ok: true,
        value: { revision, entries, unreadable, lastView: typeof view === 'string' ? view : null },
      };
    },

    async commit(change) {
      const written = await guarded(async () => {
        try {
          return await store.transaction('readwrite', (transaction) =>
            applyChange(transaction, change),
          );
        } catch (error) {
          if (error instanceof Refused) return error;
          throw error;
        }
      });
      if ('reason' in written) {
        return { ok: false, error: { code: 'storage-failed', reason: written.reason } };
      }
      if (written.value instanceof Refused) {
        return { ok: false, error: { code: 'conflict', message: written.value.message } };
      }
      const outcome = written.value;
      const confirmed = await guarded(() => readsBack(store, outcome));
      if ('reason' in confirmed) {
        return { ok: false, error: { code: 'storage-failed', reason: confirmed.reason } };
      }
      if (!confirmed.value) {
        return {
          ok: false,
          error: { code: 'storage-failed', reason: 'what was saved did not read back the same' },
        };
      }
      return { ok: true, ...outcome };
    },

    async saveView(view) {
      const saved = await guarded(async () => {
        await store.transaction('readwrite', (transaction) =>
          transaction.put(VIEW, LAST_VIEW_KEY, view),
        );
        return store.transaction('readonly', (transaction) => transaction.get(VIEW, LAST_VIEW_KEY));
      });
      if ('reason' in saved) return { ok: false, reason: saved.reason };
      // Another tab may have saved its own view in between; that is fine, the last view wins.
      return typeof saved.value === 'string'
        ? { ok: true }
        : { ok: false, reason: 'the view did not read back' };
    },
  };
}
