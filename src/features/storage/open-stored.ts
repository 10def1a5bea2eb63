import type { StoredState } from './repository-types';
import { createDatasetRepository, type DatasetRepository } from './dataset-repository';
import type { StoreEvents } from './indexeddb-store';
import type { KeyValueStore } from './key-value-store';
import type { StoreSessionOptions } from './session-types';

export type OpenedStore =
  | { ok: true; store: KeyValueStore; repository: DatasetRepository; state: StoredState }
  | { ok: false; reason: string };

/** Opens the database and reads what it holds; either failing is a reason to work in memory. */
export async function openStored(
  openStore: StoreSessionOptions['openStore'],
  events: StoreEvents,
): Promise<OpenedStore> {
  const opened = await openStore(events);
  if (!opened.ok) return opened;
  const repository = createDatasetRepository(opened.store);
  const loaded = await repository.load();
  if (!loaded.ok) {
    opened.store.close();
    return { ok: false, reason: loaded.reason };
  }
  return { ok: true, store: opened.store, repository, state: loaded.value };
}
