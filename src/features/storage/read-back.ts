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

/**
 * A task of its own for each step of checking a big dataset read back (decoding it, comparing
 * it), so that the page stays responsive after an import: together they took a 200,000-row
 * import's page some 35 ms.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads what a commit wrote back in a fresh transaction: a write counts once it reads back. The
 * records are read in the transaction, then decoded and compared after it, a step a task.
 */
export async function readsBack(store: KeyValueStore, outcome: CommitOutcome): Promise<boolean> {
  const stored = await store.transaction('readonly', async (transaction) => {
    if ((await storeRevision(transaction)) < outcome.revision) return null;
    for (const id of outcome.removed) {
      const left = await transaction.get(DATASETS, id);
      if (left !== undefined && revisionOf(left) <= outcome.revision) return null;
    }
    if (
      outcome.cleared &&
      (await transaction.entries(DATASETS)).some(([, v]) => revisionOf(v) <= outcome.revision)
    ) {
      return null;
    }
    const values: unknown[] = [];
    for (const entry of outcome.written) values.push(await transaction.get(DATASETS, entry.id));
    return values;
  });
  if (stored === null) return false;
  for (const [k, entry] of outcome.written.entries()) {
    await nextTask();
    const read = fromStoredRecord(stored[k]);
    if (!read.ok) return false;
    // A later revision means another tab has changed it since: ours did arrive before that.
    if (read.value.revision < entry.revision) return false;
    if (read.value.revision > entry.revision) continue;
    await nextTask();
    if (!sameEntry(entry, read.value)) return false;
  }
  return true;
}
