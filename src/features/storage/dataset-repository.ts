import { LAST_VIEW_KEY, STORE_NAMES } from '../../domain/storage/schema';
import { fromStoredRecord, type DatasetEntry } from '../../domain/storage/stored-record';
import { applyChange, nameOf, Refused, revisionOf, storeRevision } from './apply-change';
import { storageFailureReason, type KeyValueStore } from './key-value-store';
import { readsBack } from './read-back';
import type { Change, CommitResult, LoadResult, UnreadableEntry } from './repository-types';

export type * from './repository-types';

const { datasets: DATASETS, view: VIEW } = STORE_NAMES;

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
