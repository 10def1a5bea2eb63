import { LAST_VIEW_KEY, REVISION_KEY, STORE_NAMES } from '../../domain/storage/schema';
import { toStoredRecord, type DatasetEntry } from '../../domain/storage/stored-record';
import type { KeyValueStore } from './key-value-store';
import { createMemoryStore } from './memory-store';

/** The memory mode's store, holding what the tab shows when storing stopped working. */
export function seededMemoryStore(
  entries: readonly DatasetEntry[],
  revision: number,
  lastView: string | null,
): KeyValueStore {
  return createMemoryStore({
    seed: {
      [STORE_NAMES.datasets]: entries.map((entry) => [entry.id, toStoredRecord(entry)]),
      [STORE_NAMES.meta]: [[REVISION_KEY, revision]],
      [STORE_NAMES.view]: lastView === null ? [] : [[LAST_VIEW_KEY, lastView]],
    },
  });
}
