import { useMemo, useState } from 'react';
import type { Dataset } from '../../domain/records/dataset';
import type { ImportClient } from './import-client';
import { ImportProvider } from './import-provider';
import type { MappingStorage } from './mapping-memory';
import { memoryStorage } from './test-storage';
import { UploadSpreadsheets } from './upload-spreadsheets';

export interface HarnessProps {
  onSetDataset: (dataset: Dataset, sources: string[]) => void;
  initial?: { dataset: Dataset; sources: string[] } | null;
  storage?: MappingStorage;
  client?: ImportClient;
}

/** The import feature with a dataset holder, as the app shell wires it. */
export function ImportHarness({
  onSetDataset,
  initial = null,
  storage = memoryStorage(),
  client,
}: HarnessProps) {
  const [loaded, setLoaded] = useState(initial);
  const target = useMemo(
    () => ({
      dataset: loaded?.dataset ?? null,
      sources: loaded?.sources ?? [],
      setDataset: (dataset: Dataset, sources: string[]) => {
        onSetDataset(dataset, sources);
        setLoaded({ dataset, sources });
      },
    }),
    [loaded, onSetDataset],
  );
  return (
    <ImportProvider target={target} storage={storage} {...(client ? { client } : {})}>
      <UploadSpreadsheets />
      <p>Loaded: {loaded ? loaded.sources.join(', ') : 'nothing'}</p>
    </ImportProvider>
  );
}
