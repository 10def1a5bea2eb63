import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { EmptyState } from '../features/dashboard/empty-state';
import { AppHeader } from '../features/dashboard/header/app-header';
import type { Dataset } from '../domain/records/dataset';
import { ImportProvider } from '../features/import';
import { useDataset } from './data-provider';

interface AppProps {
  /** Loads the built-in sample (the import feature's loadSampleDataset in the app). */
  loadSample: () => Promise<{ dataset: Dataset; sources: string[] }>;
  /** Loads the sample on start when nothing is loaded (npm start sets VITE_AUTOLOAD_SAMPLE=1). */
  autoloadSample?: boolean;
  /** The import feature's Upload spreadsheets input, shown in the header and the empty state. */
  upload?: ReactNode;
  /** The import feature's template downloads for the empty state. */
  templates?: ReactNode;
}

export function App({
  loadSample,
  autoloadSample = import.meta.env.VITE_AUTOLOAD_SAMPLE === '1',
  upload,
  templates,
}: AppProps) {
  const data = useDataset();
  const { dataset, sources, setDataset } = data;
  const sample = useMutation({
    mutationFn: loadSample,
    onSuccess: (loaded) => setDataset(loaded.dataset, loaded.sources),
  });
  const { mutate } = sample;

  // Once per page load: StrictMode runs effects twice in development.
  const autoloaded = useRef(false);
  useEffect(() => {
    if (!autoloadSample || autoloaded.current || dataset !== null) return;
    autoloaded.current = true;
    mutate();
  }, [autoloadSample, dataset, mutate]);

  return (
    <ImportProvider target={data}>
      <a
        href="#main"
        className="sr-only rounded-md bg-accent px-3 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 dark:bg-night-accent dark:text-night-paper"
      >
        Skip to content
      </a>
      {dataset ? (
        <DashboardPage dataset={dataset} sources={sources} actions={upload} />
      ) : (
        <>
          <AppHeader />
          <main id="main" tabIndex={-1}>
            <EmptyState
              onLoadSample={() => mutate()}
              loading={sample.isPending}
              loadError={sample.error ? sample.error.message : null}
              upload={upload}
              templates={templates}
            />
          </main>
        </>
      )}
    </ImportProvider>
  );
}
