import type { StoreName } from '../../domain/storage/schema';

/** Reads and writes inside one transaction. Keys are texts; values are structured-cloneable. */
export interface StoreTransaction {
  get(store: StoreName, key: string): Promise<unknown>;
  /** Every key with its value, in key order. */
  entries(store: StoreName): Promise<[string, unknown][]>;
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  clear(store: StoreName): Promise<void>;
}

/**
 * The little the dataset repository needs from a database: atomic transactions over named
 * stores. IndexedDB is one implementation; an in-memory one serves the memory mode and tests.
 * A transaction whose work throws or whose commit fails writes nothing; the error is rethrown.
 */
export interface KeyValueStore {
  transaction<T>(
    mode: 'readonly' | 'readwrite',
    work: (transaction: StoreTransaction) => Promise<T>,
  ): Promise<T>;
  close(): void;
}

const REASONS: Record<string, string> = {
  QuotaExceededError: 'the storage quota for this site is used up',
  InvalidStateError: 'the database is closed or unavailable',
  AbortError: 'the write was aborted',
  UnknownError: 'the browser reported a storage error',
  NotFoundError: 'the database is missing a part it needs',
  VersionError: 'a newer version of Record Pace stored data here',
  SecurityError: 'storage is not allowed on this page',
  TimeoutError: 'the database did not answer in time',
  ReadOnlyError: 'the database is read-only',
};

/**
 * The reason, in words for people, when an error is the browser refusing to store or read
 * (IndexedDB reports those as DOMExceptions); null for anything else, which is a bug.
 */
export function storageFailureReason(error: unknown): string | null {
  const isDomException =
    (typeof DOMException !== 'undefined' && error instanceof DOMException) ||
    (error instanceof Error && error.constructor.name === 'DOMException');
  if (!isDomException) return null;
  const { name } = error as DOMException;
  // A value that cannot be cloned is a fault in what we store, not the browser refusing.
  if (name === 'DataCloneError') return null;
  return REASONS[name] ?? `${name}: ${(error as DOMException).message}`;
}
