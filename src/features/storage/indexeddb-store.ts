import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { SCHEMA_VERSION, STORE_NAMES, type StoreName } from '../../domain/storage/schema';
import { storageFailureReason, type KeyValueStore } from './key-value-store';

export const DATABASE_NAME = 'record-pace';

/** Opening longer than this means another tab blocks the upgrade: the app goes on in memory. */
export const OPEN_TIMEOUT_MS = 3000;

const ALL_STORES = Object.values(STORE_NAMES);

/**
 * Brings a database of any older version up to SCHEMA_VERSION, one step per version, inside the
 * upgrade transaction (so a failed step leaves the old version as it was). Add a step here
 * whenever SCHEMA_VERSION is raised; never change an old step.
 */
export function upgradeSchema(database: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    for (const name of ALL_STORES) database.createObjectStore(name);
  }
}

/** What can happen to an open database later, told to whoever holds the store. */
export interface StoreEvents {
  /** Another tab opened a newer version: this connection has been closed to let it upgrade. */
  onVersionChange: () => void;
  /** The browser closed the database abnormally (storage cleared, disk error). */
  onTerminated: () => void;
}

export type OpenStoreResult = { ok: true; store: KeyValueStore } | { ok: false; reason: string };

function wrapDatabase(database: IDBPDatabase): KeyValueStore {
  return {
    async transaction(mode, work) {
      // Typed as read-write so that put and delete exist; IndexedDB itself refuses them with a
      // ReadOnlyError in a read-only transaction.
      const transaction = database.transaction(ALL_STORES, mode) as IDBPTransaction<
        unknown,
        StoreName[],
        'readwrite'
      >;
      const store = (name: StoreName) => transaction.objectStore(name);
      try {
        const result = await work({
          get: (name, key) => store(name).get(key) as Promise<unknown>,
          entries: async (name) => {
            const [keys, values] = await Promise.all([
              store(name).getAllKeys(),
              store(name).getAll(),
            ]);
            return keys.map((key, i) => [String(key), values[i] as unknown]);
          },
          put: async (name, key, value) => {
            await store(name).put(value, key);
          },
          delete: async (name, key) => {
            await store(name).delete(key);
          },
          clear: async (name) => {
            await store(name).clear();
          },
        });
        await transaction.done;
        return result;
      } catch (error) {
        // The error that stopped the work is the one to report; the abort's own rejection of
        // `done` repeats it and must not surface as an unhandled rejection.
        transaction.done.catch(() => undefined);
        try {
          transaction.abort();
        } catch {
          // Already finished or aborted by the browser: nothing left to undo.
        }
        throw error;
      }
    },
    close() {
      database.close();
    },
  };
}

/**
 * Opens (creating or upgrading) the app's database. Never hangs: if it is not open after
 * `timeoutMs` (another tab holds an older version open and does not let go), it gives up with a
 * reason, and a connection that opens later is closed at once.
 */
export async function openIndexedDbStore(
  events: StoreEvents,
  timeoutMs = OPEN_TIMEOUT_MS,
): Promise<OpenStoreResult> {
  if (typeof indexedDB === 'undefined') {
    return { ok: false, reason: 'this browser offers no database to this page' };
  }
  let opening: Promise<IDBPDatabase>;
  try {
    opening = openDB(DATABASE_NAME, SCHEMA_VERSION, {
      upgrade: (database, oldVersion) =>
        upgradeSchema(database as unknown as IDBDatabase, oldVersion),
      blocking: (_current, _blocked, event) => {
        (event.target as IDBDatabase).close();
        events.onVersionChange();
      },
      terminated: () => events.onTerminated(),
    });
  } catch (error) {
    const reason = storageFailureReason(error);
    if (reason === null) throw error;
    return { ok: false, reason };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const opened = opening.then(
    (database) => ({ database }),
    (error: unknown) => ({ error }),
  );
  const first = await Promise.race([opened, timedOut]);
  clearTimeout(timer);
  if (first === 'timeout') {
    void opened.then((late) => {
      if ('database' in late) late.database.close();
    });
    return {
      ok: false,
      reason: `the database did not open within ${Math.round(timeoutMs / 1000)} s; another tab may be holding an older version open`,
    };
  }
  if ('error' in first) {
    const reason = storageFailureReason(first.error);
    if (reason === null) throw first.error;
    return { ok: false, reason };
  }
  return { ok: true, store: wrapDatabase(first.database) };
}
