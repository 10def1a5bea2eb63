import { useMutation } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { ChartActionsContext, PlotWarmUp, type RenderChartActions } from '../components/chart';
import { DashboardPage, type DashboardScreen } from '../features/dashboard/dashboard-page';
import { EmptyState } from '../features/dashboard/empty-state';
import { AppHeader } from '../features/dashboard/header/app-header';
import type { Dataset } from '../domain/records/dataset';
import { ImportProvider, ImportReportSlot } from '../features/import';
import { StorageBanner, useDatasetStore } from '../features/storage';
import {
  ChartExportActions,
  DashboardImageButton,
  readSharedView,
  ShareLinkPanel,
} from '../features/share';
import type { ViewState } from '../domain/view/view-state';
import { useDataset } from './data-provider';
import { DatasetsMenu } from './datasets-menu';
import { useRestoredView, useSaveView } from './last-view';

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

const renderChartActions: RenderChartActions = (chart) => (
  <ChartExportActions
    chartId={chart.chartId}
    title={chart.title}
    captionLines={[
      `${chart.caption.selection} · ${chart.caption.asOf ? `as of ${chart.caption.asOf}` : 'no data yet'}`,
    ]}
    sources={chart.caption.sources}
    columns={chart.table.columns}
    rows={chart.table.rows}
  />
);

/** Keeps the view shown as the last view, restored when the page opens without one. */
function SaveView({ view }: { view: ViewState }) {
  const { lastView, saveView } = useDatasetStore();
  useSaveView(view, lastView, saveView);
  return null;
}

function SharedViewBanner() {
  return (
    <p className="rounded-md border border-line px-3 py-1.5 text-sm dark:border-night-line">
      Shared view, read-only: it carries only this view&apos;s data, and nothing is stored in this
      browser. <a href={window.location.pathname}>Open Record Pace with your own files</a>
    </p>
  );
}

export function App({
  loadSample,
  autoloadSample = import.meta.env.VITE_AUTOLOAD_SAMPLE === '1',
  upload,
  templates,
}: AppProps) {
  // A share link carries its own data in the fragment: shown as it is, never stored.
  const shared = useMemo(() => readSharedView(window.location.hash), []);
  const data = useDataset();
  const { dataset, sources, addFile } = data;
  // The store updates synchronously; the dashboard for new data renders in the background,
  // in slices, so that the page answers while a big import's first dashboard is drawn.
  const current = useMemo(() => ({ dataset, sources }), [dataset, sources]);
  const shown = useDeferredValue(current);
  const { entries, lastView } = useDatasetStore();
  const viewRestored = useRestoredView(data.status, lastView);
  // The sample is kept like an imported file: one dataset named after its file.
  const sample = useMutation({
    mutationFn: loadSample,
    onSuccess: ({ dataset: loaded, sources: files }) =>
      addFile({
        name: files.join(', ') || 'Sample data',
        sources: files,
        dataset: loaded,
        replaces: null,
      }),
  });
  const { mutate } = sample;

  // Once per page load: StrictMode runs effects twice in development.
  const autoloaded = useRef(false);
  useEffect(() => {
    if (!autoloadSample || autoloaded.current || shared.ok) return;
    // Wait for the stored datasets: the sample is for a browser that has none.
    if (data.status !== 'ready' || dataset !== null) return;
    autoloaded.current = true;
    mutate();
  }, [autoloadSample, data.status, dataset, mutate, shared.ok]);

  const renderTools = useCallback(
    (screen: DashboardScreen) => (
      <>
        <SaveView view={screen.view} />
        <ShareLinkPanel
          dataset={screen.dataset}
          view={screen.view}
          period={screen.period}
          sources={screen.sources}
        />
        <DashboardImageButton />
      </>
    ),
    [],
  );

  if (shared.ok) {
    return (
      <ChartActionsContext.Provider value={renderChartActions}>
        <DashboardPage
          dataset={shared.value.dataset}
          sources={shared.value.sources}
          actions={<SharedViewBanner />}
          renderTools={() => <DashboardImageButton />}
          readOnly
        />
      </ChartActionsContext.Provider>
    );
  }
  const sharedError = shared.error.code === 'no-share-link' ? null : shared.error.message;

  return (
    <ImportProvider target={data}>
      <ChartActionsContext.Provider value={renderChartActions}>
        {/* First of the page, before the storage banner's buttons: the first Tab reaches it. */}
        <a
          href="#main"
          className="sr-only rounded-md bg-accent px-3 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 dark:bg-night-accent dark:text-night-paper"
        >
          Skip to content
        </a>
        <StorageBanner />
        {shown.dataset && viewRestored ? (
          <DashboardPage
            dataset={shown.dataset}
            sources={shown.sources}
            actions={
              <div className="flex flex-wrap items-center gap-2">
                {upload}
                <DatasetsMenu />
              </div>
            }
            renderTools={renderTools}
            notices={<ImportReportSlot />}
          />
        ) : (
          <>
            {/* Stored datasets that cannot be read leave nothing to show, but can be removed. */}
            <AppHeader actions={entries.length > 0 && !dataset ? <DatasetsMenu /> : undefined} />
            <main id="main" tabIndex={-1}>
              <ImportReportSlot className="mx-auto max-w-3xl px-4 pt-6" />
              {sharedError ? (
                <p role="alert" className="mx-auto max-w-3xl px-4 pt-6 font-medium">
                  {sharedError}
                </p>
              ) : null}
              {data.status === 'loading' || (dataset && (!viewRestored || shown !== current)) ? (
                <p role="status" className="mx-auto max-w-3xl px-4 pt-6">
                  Opening the data kept in this browser…
                </p>
              ) : (
                <EmptyState
                  onLoadSample={() => mutate()}
                  loading={sample.isPending}
                  loadError={sample.error ? sample.error.message : null}
                  upload={upload}
                  templates={templates}
                />
              )}
            </main>
            {/* The first chart of a page is the slowest to draw: done here, while nothing waits. */}
            <PlotWarmUp />
          </>
        )}
      </ChartActionsContext.Provider>
    </ImportProvider>
  );
}
