import { combineDatasets } from '../../domain/records/combine-datasets';
import type { Dataset } from '../../domain/records/dataset';
import type { DatasetEntry } from '../../domain/storage/stored-record';
import type { BaseRevision, Change, CommitOutcome, UnreadableEntry } from './repository-types';
import type { StoredDataset, StoreEntrySummary, StoreSnapshot } from './session-types';

export function memoryProblem(reason: string): string {
  return `Your data is kept in this tab only: the browser refused to store it (${reason}). Export it to keep a copy.`;
}

export const VERSION_CHANGE_PROBLEM =
  'Record Pace was opened in a newer version in another tab. Reload this tab to keep saving: until then, changes made here are kept in this tab only. Export the data to keep a copy.';

export const LOADING_SNAPSHOT: StoreSnapshot = {
  status: 'loading',
  entries: [],
  datasets: [],
  combined: null,
  sources: [],
  storage: { mode: 'indexeddb', problem: null, persisted: null },
  notice: null,
  lastView: null,
};

/** All datasets as the dashboard shows them; the later import wins per day, region and model. */
export function combinedOf(entries: readonly DatasetEntry[]): Dataset | null {
  if (entries.length === 0) return null;
  // One dataset is shown as it is: keeping it the same object lets the importer recognise it.
  if (entries.length === 1) return entries[0]!.dataset;
  return combineDatasets(entries.map((entry) => entry.dataset));
}

export function datasetsOf(entries: readonly DatasetEntry[]): StoredDataset[] {
  return entries.map(({ id, name, sources, dataset }) => ({ id, name, sources, dataset }));
}

export function byImportTime(entries: Iterable<DatasetEntry>): DatasetEntry[] {
  return [...entries].sort((a, b) => a.importedAt - b.importedAt || (a.id < b.id ? -1 : 1));
}

export function summariesOf(
  entries: readonly DatasetEntry[],
  unreadable: readonly UnreadableEntry[],
): StoreEntrySummary[] {
  return [
    ...entries.map((entry) => ({
      id: entry.id,
      name: entry.name,
      sources: entry.sources,
      importedAt: entry.importedAt,
      rowCount: entry.dataset.days.length,
      revision: entry.revision,
      problem: null,
    })),
    ...unreadable.map((entry) => ({
      id: entry.id,
      name: entry.name,
      sources: [],
      importedAt: 0,
      rowCount: 0,
      revision: entry.revision,
      problem: entry.message,
    })),
  ];
}

/** The tab's datasets after a change that the store confirmed. */
export function applyOutcome(
  state: { entries: readonly DatasetEntry[]; unreadable: readonly UnreadableEntry[] },
  change: Change,
  outcome: CommitOutcome,
): { entries: DatasetEntry[]; unreadable: UnreadableEntry[] } {
  const byId = new Map(outcome.cleared ? [] : state.entries.map((entry) => [entry.id, entry]));
  for (const id of outcome.removed) byId.delete(id);
  const unreadable = outcome.cleared
    ? []
    : state.unreadable.filter((entry) => !outcome.removed.includes(entry.id));
  for (const entry of outcome.written) {
    const local = byId.get(entry.id);
    // A rename reads the stored dataset back; the one already shown stays the same object.
    byId.set(
      entry.id,
      change.kind === 'rename' && local ? { ...entry, dataset: local.dataset } : entry,
    );
  }
  return { entries: byImportTime(byId.values()), unreadable };
}

/** The stored datasets whose files all come again in the import flow's whole data. */
export function supersededBy(
  entries: readonly DatasetEntry[],
  sources: readonly string[],
): BaseRevision[] {
  const included = new Set(sources);
  return entries
    .filter((entry) => entry.sources.every((source) => included.has(source)))
    .map((entry) => ({ id: entry.id, revision: entry.revision }));
}
