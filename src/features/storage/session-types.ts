import type { Dataset } from '../../domain/records/dataset';
import type { OpenStoreResult, StoreEvents } from './indexeddb-store';
import type { NewDataset } from './repository-types';

/** What one tab tells the others after it changed the stored data. */
export interface ChangeMessage {
  type: 'changed';
  revision: number;
}

/** BroadcastChannel('record-pace') in the browser; a linked pair of fakes in tests. */
export interface ChangeChannel {
  post(message: ChangeMessage): void;
  subscribe(listener: (message: ChangeMessage) => void): () => void;
  close(): void;
}

/** The part of navigator.storage that keeps stored data from being evicted. */
export interface PersistenceManager {
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

/** One dataset as the dataset list shows it. */
export interface StoreEntrySummary {
  id: string;
  name: string;
  sources: string[];
  /** Milliseconds since 1970-01-01 UTC. */
  importedAt: number;
  rowCount: number;
  revision: number;
  /** Why a stored dataset cannot be read (it is then left out of the data); null when fine. */
  problem: string | null;
}

export interface StorageStatus {
  mode: 'indexeddb' | 'memory';
  /** Why the data is kept in this tab only, in words for people; null when it is stored. */
  problem: string | null;
  /** Whether the browser granted persistent storage; null until known or asked. */
  persisted: boolean | null;
}

/** A readable stored dataset with its data: what the import flow merges new files against. */
export interface StoredDataset {
  id: string;
  name: string;
  sources: string[];
  dataset: Dataset;
}

export interface StoreSnapshot {
  status: 'loading' | 'ready';
  entries: StoreEntrySummary[];
  /** The readable datasets in import order (the later wins in `combined`). */
  datasets: StoredDataset[];
  /** All datasets together, the later one winning per day, region and model; null when none. */
  combined: Dataset | null;
  sources: string[];
  storage: StorageStatus;
  /** The last change that was refused (another tab changed the data first), for people. */
  notice: string | null;
  /** The view saved last, as restored when the page opened. */
  lastView: string | null;
}

export type StoreOutcome =
  { ok: true } | { ok: false; error: { code: 'conflict' | 'unknown-dataset'; message: string } };

export interface StoreSessionOptions {
  openStore: (events: StoreEvents) => Promise<OpenStoreResult>;
  /** Called at each start; the channel is closed at stop. */
  channel: () => ChangeChannel | null;
  persistence: PersistenceManager | null;
  now: () => number;
  newId: () => string;
}

export interface StoreSession {
  /**
   * Opens the database and loads what it holds. Changes asked for before that wait for it. A
   * session can be stopped and started again (React runs effects twice in development).
   */
  start(): Promise<void>;
  stop(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): StoreSnapshot;
  add(entry: NewDataset): Promise<StoreOutcome>;
  replace(id: string, entry: NewDataset): Promise<StoreOutcome>;
  rename(id: string, name: string): Promise<StoreOutcome>;
  remove(id: string): Promise<StoreOutcome>;
  clearAll(): Promise<StoreOutcome>;
  /**
   * The whole data is now `dataset` (the import flow merges each file into what is loaded):
   * stored as one dataset that supersedes the stored ones whose files it includes. Datasets of
   * other files (another tab's import, say) stay.
   */
  replaceAll(dataset: Dataset, sources: string[]): Promise<StoreOutcome>;
  saveView(view: string): Promise<void>;
  dismissNotice(): void;
  exportCsv(): string;
  /** Resolves once everything asked of the session so far (reloads included) is done. */
  idle(): Promise<void>;
}
