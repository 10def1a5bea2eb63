/** Shared by the store session's tests: datasets, tabs over one fake database, readers. */
import { datasetFromRecords, recordsFromDataset } from '../../domain/records/build-dataset';
import type { DailyRecord, Dataset } from '../../domain/records/dataset';
import { STORE_NAMES } from '../../domain/storage/schema';
import type { NewDataset } from './dataset-repository';
import type { PersistenceManager } from './session-types';
import type { ChannelHub, FakeDatabase } from './storage-fakes';
import { createStoreSession, type StoreSession } from './store-session';
import type { StoreEvents } from './indexeddb-store';

export const day = (n: number, region: string, deliveries: number, model = ''): DailyRecord => ({
  day: 18000 + n,
  region,
  model,
  values: { deliveries },
});

export function input(name: string, records: DailyRecord[]): NewDataset {
  return { name, sources: [`${name}.csv`], dataset: datasetFromRecords(records, [`${name}.csv`]) };
}

export const june = input('june', [day(1, 'US', 900), day(2, 'US', 1000)]);
export const juneRevised = input('june', [day(2, 'US', 1050), day(3, 'US', 1100)]);
export const norway = input('norway', [day(2, 'NO', 180)]);

export interface Tab {
  session: StoreSession;
  events: () => StoreEvents;
}

let clock = 1_561_800_000_000;
let ids = 0;

export function openTab(
  database: FakeDatabase,
  hub: ChannelHub | null = null,
  persistence: PersistenceManager | null = null,
): Tab {
  let events: StoreEvents | null = null;
  const session = createStoreSession({
    openStore: (given) => {
      events = given;
      return database.open();
    },
    channel: () => hub?.channel() ?? null,
    persistence,
    now: () => (clock += 60_000),
    newId: () => `dataset-${++ids}`,
  });
  return {
    session,
    events: () => {
      if (!events) throw new Error('not opened');
      return events;
    },
  };
}

export async function started(tab: Tab): Promise<StoreSession> {
  await tab.session.start();
  return tab.session;
}

export function deliveries(dataset: Dataset | null): number[] {
  return dataset
    ? recordsFromDataset(dataset).map((record) => record.values.deliveries ?? NaN)
    : [];
}

export function names(session: StoreSession): string[] {
  return session.getSnapshot().entries.map((entry) => entry.name);
}

export async function storedIds(database: FakeDatabase): Promise<string[]> {
  return database.store.transaction('readonly', async (transaction) =>
    (await transaction.entries(STORE_NAMES.datasets)).map(([id]) => id),
  );
}
