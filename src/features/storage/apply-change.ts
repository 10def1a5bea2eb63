import { LAST_VIEW_KEY, REVISION_KEY, STORE_NAMES } from '../../domain/storage/schema';
import {
  fromStoredRecord,
  toStoredRecord,
  type DatasetEntry,
} from '../../domain/storage/stored-record';
import type { StoreTransaction } from './key-value-store';
import type { BaseRevision, Change, CommitOutcome, NewDataset } from './repository-types';

const { datasets: DATASETS, view: VIEW, meta: META } = STORE_NAMES;

/** A change refused because another tab changed the data first; thrown to abort the transaction. */
export class Refused {
  constructor(readonly message: string) {}
}

function field(value: unknown, name: 'name' | 'revision'): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

export function revisionOf(value: unknown): number {
  const revision = field(value, 'revision');
  return typeof revision === 'number' ? revision : -1;
}

export function nameOf(value: unknown, fallback: string): string {
  const name = field(value, 'name');
  return typeof name === 'string' ? name : fallback;
}

export async function storeRevision(transaction: StoreTransaction): Promise<number> {
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

export async function applyChange(
  transaction: StoreTransaction,
  change: Change,
): Promise<CommitOutcome> {
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
