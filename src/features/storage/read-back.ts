import { sameDataset } from '../../domain/storage/same-dataset';
import { STORE_NAMES } from '../../domain/storage/schema';
import { fromStoredRecord, type DatasetEntry } from '../../domain/storage/stored-record';
import { revisionOf, storeRevision } from './apply-change';
import type { KeyValueStore } from './key-value-store';
import type { CommitOutcome } from './repository-types';

const { datasets: DATASETS } = STORE_NAMES;

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
export async function readsBack(store: KeyValueStore, outcome: CommitOutcome): Promise<boolean> {
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
