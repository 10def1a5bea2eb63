import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { dayFromParts } from '../../domain/records/calendar-day';
import type { Dataset } from '../../domain/records/dataset';
import { exportFileName } from '../../domain/storage/export-csv';
import type { StoredMapping } from '../../domain/storage/schema';
import { downloadText } from '../../lib/download';
import { browserChangeChannel, browserPersistence, newDatasetId } from './browser-services';
import { openIndexedDbStore, type OpenStoreResult, type StoreEvents } from './indexeddb-store';
import type {
  ChangeChannel,
  PersistenceManager,
  StoredDataset,
  StoreOutcome,
  StoreSnapshot,
} from './session-types';
import { createStoreSession } from './store-session';

/** A dataset to keep: what the import flow hands over. */
export interface DatasetInput {
  name: string;
  sources: string[];
  dataset: Dataset;
  mappings?: StoredMapping[];
}

export interface DatasetStore extends StoreSnapshot {
  add(entry: DatasetInput): Promise<StoreOutcome>;
  /** A newer export of the same files: keeps the dataset's place, replaces its data. */
  replace(id: string, entry: DatasetInput): Promise<StoreOutcome>;
  rename(id: string, name: string): Promise<StoreOutcome>;
  remove(id: string): Promise<StoreOutcome>;
  clearAll(): Promise<StoreOutcome>;
  /** Downloads all data as one daily-long CSV that can be imported again. */
  exportAll(): void;
  saveView(view: string): Promise<void>;
  dismissNotice(): void;
  /** The import flow's setDataset: the whole data is now `dataset` (see StoreSession.replaceAll). */
  replaceAll(dataset: Dataset, sources: string[]): Promise<StoreOutcome>;
  /**
   * The datasets as the session holds them now, ahead of the next render: an import that
   * follows another one straight away sees the dataset the first one added.
   */
  currentDatasets(): StoredDataset[];
}

export interface DatasetStoreProviderProps {
  children: ReactNode;
  /** Opens the database; IndexedDB by default. Tests pass an in-memory or failing store. */
  openStore?: (events: StoreEvents) => Promise<OpenStoreResult>;
  /** Makes the channel to the other tabs (at each start); BroadcastChannel by default. */
  channel?: () => ChangeChannel | null;
  persistence?: PersistenceManager | null;
  now?: () => number;
  newId?: () => string;
  download?: (text: string, fileName: string) => void;
}

const DatasetStoreContext = createContext<DatasetStore | null>(null);

function today(now: number): number {
  const date = new Date(now);
  return dayFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * Keeps the datasets and the last view in IndexedDB, restores them on load, follows changes
 * made in other tabs, and falls back to memory (with a banner) when the browser refuses.
 * State is plain React state over a session object rather than TanStack Query: every change
 * here starts in this tab, must be ordered with the other writes and the memory fallback, and
 * the datasets are large typed arrays that a query cache would only hold a second time.
 */
export function DatasetStoreProvider({ children, ...props }: DatasetStoreProviderProps) {
  // The services are taken once: a session lives as long as the provider. It exists from the
  // first render so that changes asked for before its start (children's effects run first)
  // simply wait for the stored data to load.
  const [session] = useState(() =>
    createStoreSession({
      openStore: props.openStore ?? ((events) => openIndexedDbStore(events)),
      channel: props.channel ?? browserChangeChannel,
      persistence: props.persistence === undefined ? browserPersistence() : props.persistence,
      now: props.now ?? Date.now,
      newId: props.newId ?? newDatasetId,
    }),
  );
  const servicesRef = useRef({
    now: props.now ?? Date.now,
    download: props.download ?? downloadText,
  });

  useEffect(() => {
    void session.start();
    return () => session.stop();
  }, [session]);

  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);

  const actions = useMemo(() => {
    const { now, download } = servicesRef.current;
    return {
      add: (entry: DatasetInput) => session.add(entry),
      replace: (id: string, entry: DatasetInput) => session.replace(id, entry),
      rename: (id: string, name: string) => session.rename(id, name),
      remove: (id: string) => session.remove(id),
      clearAll: () => session.clearAll(),
      exportAll: () => download(session.exportCsv(), exportFileName(today(now()))),
      saveView: (view: string) => session.saveView(view),
      dismissNotice: () => session.dismissNotice(),
      replaceAll: (dataset: Dataset, sources: string[]) => session.replaceAll(dataset, sources),
      currentDatasets: () => session.getSnapshot().datasets,
    };
  }, [session]);

  const value = useMemo<DatasetStore>(() => ({ ...snapshot, ...actions }), [snapshot, actions]);
  return <DatasetStoreContext.Provider value={value}>{children}</DatasetStoreContext.Provider>;
}

export function useDatasetStore(): DatasetStore {
  const store = useContext(DatasetStoreContext);
  // Using the hook outside the provider is a wiring bug, not a user error.
  if (store === null)
    throw new Error('useDatasetStore must be used inside <DatasetStoreProvider>.');
  return store;
}

/** A file the import flow read, to keep as a dataset; `replaces` names the one it takes over. */
export interface FileDatasetInput extends DatasetInput {
  replaces: string | null;
}

/** The app shell's useDataset() shape, kept in IndexedDB: a drop-in for the in-memory provider. */
export interface StoredDatasetState {
  /** 'loading' until the stored data is read: an automatic sample load should wait for it. */
  status: 'loading' | 'ready';
  dataset: Dataset | null;
  sources: string[];
  /** Stores `dataset` as the whole data (kept for callers that merge everything themselves). */
  setDataset: (dataset: Dataset, sources: string[]) => void;
  clear: () => void;
  /** The stored datasets now, one per imported file (the import flow merges against them). */
  storedDatasets: () => StoredDataset[];
  /** Keeps one imported file as a dataset of its own, or as the new data of `replaces`. */
  addFile: (entry: FileDatasetInput) => Promise<StoreOutcome>;
}

export function useStoredDataset(): StoredDatasetState {
  const store = useDatasetStore();
  const { status, combined, sources, replaceAll, clearAll, add, replace, currentDatasets } = store;
  return useMemo(
    () => ({
      status,
      dataset: combined,
      sources,
      setDataset: (dataset, files) => void replaceAll(dataset, files),
      clear: () => void clearAll(),
      storedDatasets: currentDatasets,
      addFile: ({ replaces, ...entry }) =>
        replaces === null ? add(entry) : replace(replaces, entry),
    }),
    [status, combined, sources, replaceAll, clearAll, add, replace, currentDatasets],
  );
}
