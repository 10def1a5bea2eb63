import { STORE_NAMES, type StoreName } from '../../domain/storage/schema';
import type { KeyValueStore, StoreTransaction } from './key-value-store';
import { createWorkQueue } from './work-queue';

type Tables = Map<StoreName, Map<string, unknown>>;

function tablesOf(seed: MemoryStoreOptions['seed'] = {}): Tables {
  return new Map(
    Object.values(STORE_NAMES).map((name) => [name, new Map<string, unknown>(seed[name] ?? [])]),
  );
}

function copyTables(tables: Tables): Tables {
  return new Map([...tables].map(([name, table]) => [name, new Map(table)]));
}

export interface MemoryStoreOptions {
  /**
   * Clone values on the way in and out, as IndexedDB does (tests sharing one store between two
   * "tabs"). The memory mode of the app leaves it off: it holds the only copy anyway, and
   * cloning would double the memory the data takes.
   */
  clone?: boolean;
  /** What the stores hold to begin with. */
  seed?: Partial<Record<StoreName, [string, unknown][]>>;
}

/**
 * A KeyValueStore in memory. Transactions run one at a time, each on a copy of the tables that
 * replaces them only when the work succeeds, so a failed transaction writes nothing.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): KeyValueStore {
  let tables = tablesOf(options.seed);
  const enqueue = createWorkQueue();
  let closed = false;
  const clone = options.clone ? <T>(value: T): T => structuredClone(value) : <T>(value: T) => value;

  const table = (from: Tables, name: StoreName): Map<string, unknown> => {
    const found = from.get(name);
    if (!found) throw new Error(`No store named ${name}`);
    return found;
  };

  const run = async <T>(
    mode: 'readonly' | 'readwrite',
    work: (transaction: StoreTransaction) => Promise<T>,
  ): Promise<T> => {
    if (closed) throw new DOMException('The store is closed.', 'InvalidStateError');
    const staged = mode === 'readwrite' ? copyTables(tables) : tables;
    const writable = () => {
      if (mode === 'readonly') {
        throw new DOMException('The transaction is read-only.', 'ReadOnlyError');
      }
    };
    const transaction: StoreTransaction = {
      get: async (name, key) => clone(table(staged, name).get(key)),
      entries: async (name) =>
        [...table(staged, name)]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, value]) => [key, clone(value)]),
      put: async (name, key, value) => {
        writable();
        table(staged, name).set(key, clone(value));
      },
      delete: async (name, key) => {
        writable();
        table(staged, name).delete(key);
      },
      clear: async (name) => {
        writable();
        table(staged, name).clear();
      },
    };
    const result = await work(transaction);
    tables = staged;
    return result;
  };

  return {
    transaction<T>(
      mode: 'readonly' | 'readwrite',
      work: (transaction: StoreTransaction) => Promise<T>,
    ): Promise<T> {
      return enqueue(() => run(mode, work));
    },
    close() {
      closed = true;
    },
  };
}
