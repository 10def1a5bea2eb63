import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ImportIssue } from '../../domain/import/types';
import type { Dataset } from '../../domain/records/dataset';
import type { StoredMapping } from '../../domain/storage/schema';
import type { ExistingData, ImportedData, TableChoice } from '../../workers/import-protocol';

/** A dataset the target keeps, as the import flow merges new files against it. */
export interface TargetDataset {
  id: string;
  name: string;
  sources: readonly string[];
  dataset: Dataset;
}

/** One imported file to keep as a dataset; `replaces` is the id of the one it takes over. */
export interface FileEntry {
  name: string;
  sources: string[];
  dataset: Dataset;
  mappings: StoredMapping[];
  replaces: string | null;
}

export type TargetOutcome = { ok: true } | { ok: false; error: { message: string } };

/** Where imported data goes: the app's dataset (useDataset() in the app shell). */
export interface ImportTarget {
  dataset: Dataset | null;
  sources: readonly string[];
  /** The whole data is now `dataset` (each file merged into what was loaded). */
  setDataset: (dataset: Dataset, sources: string[]) => void;
  /**
   * With addFile, each file is kept as a dataset of its own and setDataset is not called: the
   * datasets kept now (read at each import, so one import sees what the previous one kept).
   */
  storedDatasets?: () => readonly TargetDataset[];
  addFile?: (entry: FileEntry) => Promise<TargetOutcome>;
}

/** How one file is kept when the target keeps each file as a dataset of its own. */
export interface FilePlan {
  file: string;
  /** What the worker merges the file against, to report overlaps with the other datasets. */
  existing: ExistingData;
  /** The stored dataset the file takes the place of; null for a new one. */
  replaces: TargetDataset | null;
  /** The name of the dataset: the file's, or the name the user gave the one it replaces. */
  name: string;
  /** Says that an earlier dataset is replaced. */
  issues: ImportIssue[];
}

/**
 * Plans keeping `fileName` as a dataset: it replaces the dataset chosen (`replaceId`, the
 * dataset list's Replace) or else the dataset of a file with the same name, and is merged
 * against all the others.
 */
export function planFile(
  datasets: readonly TargetDataset[],
  fileName: string,
  replaceId: string | null,
): FilePlan {
  const sameFile = (entry: TargetDataset) =>
    entry.sources.length === 1 && entry.sources[0] === fileName;
  const replaces =
    (replaceId === null ? undefined : datasets.find((entry) => entry.id === replaceId)) ??
    datasets.find(sameFile) ??
    null;
  const others = datasets.filter((entry) => entry !== replaces);
  const existing: ExistingData =
    others.length === 0
      ? { kind: 'none' }
      : {
          kind: 'datasets',
          datasets: others.map((entry) => ({
            dataset: entry.dataset,
            sources: [...entry.sources],
          })),
        };
  if (!replaces) return { file: fileName, existing, replaces, name: fileName, issues: [] };
  // A name the user chose stays; a dataset still named after its files takes the new file's.
  const renamed = replaces.name !== replaces.sources.join(', ');
  const message = sameFile(replaces)
    ? `${fileName} was loaded before; its earlier data is replaced.`
    : `${fileName} replaces the dataset ${replaces.name}; its earlier data is removed.`;
  return {
    file: fileName,
    existing,
    replaces,
    name: renamed ? replaces.name : fileName,
    issues: [{ code: 'replaced', severity: 'info', message, file: fileName }],
  };
}

export interface LoadedData {
  /** What the next import merges into, as the worker is told. */
  existing: () => ExistingData;
  /** Hands a dataset the worker built to the app. */
  set: (dataset: Dataset, sources: string[]) => void;
  /** The worker restarted empty: the files it held are gone, the next import sends the data. */
  forgetWorkerCopy: () => void;
  /** How to keep a file, when the target keeps each file as a dataset; null when it does not. */
  planFile: (fileName: string, replaceId: string | null) => FilePlan | null;
  /**
   * Keeps the file's own records as planned. A refusal (another tab changed the dataset first)
   * comes back as the file's error.
   */
  keepFile: (
    plan: FilePlan,
    imported: ImportedData,
    tables: readonly TableChoice[],
  ) => Promise<ImportIssue | null>;
}

/**
 * Tracks whether the app's dataset is the one the import worker last built (it then still holds
 * it per file, so a file loaded again replaces its earlier version) or came from elsewhere: the
 * sample, storage, or a worker that has since been restarted.
 */
export function useLoadedData(target: ImportTarget): LoadedData {
  const targetRef = useRef(target);
  // setDataset takes effect at the next render; until then the dataset just set is the current one.
  const pendingRef = useRef<{ from: Dataset | null; to: Dataset; sources: string[] } | null>(null);
  // Datasets the worker built, with the generation of the worker that holds their files.
  const builtRef = useRef(new WeakMap<Dataset, number>());
  const generationRef = useRef(0);

  useEffect(() => {
    targetRef.current = target;
    if (pendingRef.current && target.dataset !== pendingRef.current.from) pendingRef.current = null;
  }, [target]);

  const existing = useCallback((): ExistingData => {
    const pending = pendingRef.current;
    const dataset = pending ? pending.to : targetRef.current.dataset;
    const sources = pending ? pending.sources : [...targetRef.current.sources];
    if (dataset === null) return { kind: 'none' };
    if (builtRef.current.get(dataset) === generationRef.current) return { kind: 'mirror' };
    return { kind: 'dataset', dataset, sources };
  }, []);

  const set = useCallback((dataset: Dataset, sources: string[]) => {
    builtRef.current.set(dataset, generationRef.current);
    pendingRef.current = { from: targetRef.current.dataset, to: dataset, sources };
    targetRef.current.setDataset(dataset, sources);
  }, []);

  const forgetWorkerCopy = useCallback(() => {
    generationRef.current += 1;
  }, []);

  const planFor = useCallback((fileName: string, replaceId: string | null): FilePlan | null => {
    const { storedDatasets, addFile } = targetRef.current;
    if (!storedDatasets || !addFile) return null;
    return planFile(storedDatasets(), fileName, replaceId);
  }, []);

  const keepFile = useCallback<LoadedData['keepFile']>(async (plan, imported, tables) => {
    const { addFile } = targetRef.current;
    // Planned with a target that keeps files; one that stopped doing so is a wiring bug.
    if (!addFile) throw new Error('The import target no longer keeps files as datasets.');
    const dataset = imported.fileDataset;
    const sources = [...dataset.sources];
    const replaces = plan.replaces?.id ?? null;
    // Kept with the data, so that a stored dataset says how its file was read.
    const mappings: StoredMapping[] = tables.map(({ table, mapping }) => ({
      file: plan.file,
      table,
      mapping,
    }));
    const kept = await addFile({ name: plan.name, sources, dataset, mappings, replaces });
    if (kept.ok) return null;
    return { code: 'not-stored', severity: 'error', message: kept.error.message, file: plan.file };
  }, []);

  return useMemo(
    () => ({ existing, set, forgetWorkerCopy, planFile: planFor, keepFile }),
    [existing, set, forgetWorkerCopy, planFor, keepFile],
  );
}
