import type { Dataset } from '../../domain/records/dataset';
import type { StoredMapping } from '../../domain/storage/schema';
import type { DatasetEntry } from '../../domain/storage/stored-record';

/** A dataset to store: what the import flow hands over. */
export interface NewDataset {
  name: string;
  sources: string[];
  dataset: Dataset;
  mappings?: StoredMapping[];
}

/** The revision of a stored dataset that a change was based on. */
export interface BaseRevision {
  id: string;
  revision: number;
}

export type Change =
  /** A new dataset; `supersedes` are removed in the same step (the data they held is in it). */
  | { kind: 'add'; id: string; importedAt: number; entry: NewDataset; supersedes: BaseRevision[] }
  | { kind: 'replace'; base: BaseRevision; importedAt: number; entry: NewDataset }
  | { kind: 'rename'; base: BaseRevision; name: string }
  | { kind: 'remove'; base: BaseRevision }
  /** `revision` is the store's revision the tab last saw: nothing it has not seen is cleared. */
  | { kind: 'clear'; revision: number };

export type StoreProblem =
  /** Another tab changed the data meanwhile; nothing was written. */
  | { code: 'conflict'; message: string }
  /** The browser refused (quota, closed database) or what was written did not read back. */
  | { code: 'storage-failed'; reason: string };

export type CommitResult =
  | { ok: true; revision: number; written: DatasetEntry[]; removed: string[]; cleared: boolean }
  | { ok: false; error: StoreProblem };

/** A stored dataset that cannot be read; listed so that it can be removed. */
export interface UnreadableEntry {
  id: string;
  name: string;
  revision: number;
  message: string;
}

export interface StoredState {
  revision: number;
  entries: DatasetEntry[];
  unreadable: UnreadableEntry[];
  lastView: string | null;
}

export type LoadResult = { ok: true; value: StoredState } | { ok: false; reason: string };

/** What a change wrote, as the repository reports it and the session applies it. */
export interface CommitOutcome {
  revision: number;
  written: DatasetEntry[];
  removed: string[];
  cleared: boolean;
}
