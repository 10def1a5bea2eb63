import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Dataset } from '../domain/records/dataset';

export interface DatasetState {
  dataset: Dataset | null;
  /** The file names the dataset came from, for captions and the summary. */
  sources: string[];
  setDataset: (dataset: Dataset, sources: string[]) => void;
  clear: () => void;
}

const DatasetContext = createContext<DatasetState | null>(null);

/**
 * Holds the loaded dataset for the whole app. In memory for now; the storage feature keeps the
 * same `useDataset` shape and moves the contents to IndexedDB.
 */
export function DataProvider({
  children,
  initial = null,
}: {
  children: ReactNode;
  initial?: { dataset: Dataset; sources: string[] } | null;
}) {
  const [loaded, setLoaded] = useState<{ dataset: Dataset; sources: string[] } | null>(initial);
  const setDataset = useCallback(
    (dataset: Dataset, sources: string[]) => setLoaded({ dataset, sources }),
    [],
  );
  const clear = useCallback(() => setLoaded(null), []);
  const value = useMemo<DatasetState>(
    () => ({ dataset: loaded?.dataset ?? null, sources: loaded?.sources ?? [], setDataset, clear }),
    [loaded, setDataset, clear],
  );
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>;
}

export function useDataset(): DatasetState {
  const state = useContext(DatasetContext);
  // Using the hook outside the provider is a wiring bug, not a user error.
  if (state === null) throw new Error('useDataset must be used inside <DataProvider>.');
  return state;
}
