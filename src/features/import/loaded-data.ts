import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../../domain/records/dataset';
import type { ExistingData } from '../../workers/import-protocol';
import type { ImportTarget } from './use-import';

export interface LoadedData {
  /** What the next import merges into, as the worker is told. */
  existing: () => ExistingData;
  /** Hands a dataset the worker built to the app. */
  set: (dataset: Dataset, sources: string[]) => void;
  /** The worker restarted empty: the files it held are gone, the next import sends the data. */
  forgetWorkerCopy: () => void;
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

  return useMemo(() => ({ existing, set, forgetWorkerCopy }), [existing, set, forgetWorkerCopy]);
}
