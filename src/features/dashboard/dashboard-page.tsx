import { useCallback, useDeferredValue, useMemo, type ReactNode } from 'react';
import { computeKpis } from '../../domain/metrics';
import type { Dataset } from '../../domain/records/dataset';
import { regionLabel } from '../../domain/records/regions';
import { summariseChoice } from '../../domain/view/region-selection';
import { resolveView, type ResolvedView } from '../../domain/view/resolve-view';
import { settingsFor, type ViewState } from '../../domain/view/view-state';
import type { Period } from '../../domain/periods/types';
import { ChartsSlot } from './charts-slot';
import { DownloadSummaryButton } from './download-summary-button';
import { AppHeader } from './header/app-header';
import { DashboardControls } from './header/dashboard-controls';
import { KpiList } from './kpis/kpi-list';
import { KpiStatus } from './kpis/kpi-status';
import { useViewState } from './use-view-state';
import { ViewNotes } from './view-notes';

interface DashboardPageProps {
  dataset: Dataset;
  sources: string[];
  /** Header actions of other features: the Upload spreadsheets input, datasets. */
  actions?: ReactNode;
  /** Other features' tools for what is on screen (share link, dashboard image). */
  renderTools?: (screen: DashboardScreen) => ReactNode;
  /** A shared link's view: it holds only this view's data, so the pickers are not offered. */
  readOnly?: boolean;
  /** Other features' reports, first in the page under the header (the last import's problems). */
  notices?: ReactNode;
}

/** What is on screen, for tools that export or share it. */
export interface DashboardScreen {
  dataset: Dataset;
  view: ViewState;
  period: Period;
  sources: string[];
}

/**
 * Names a view in the page (`data-view` on the KPIs, `data-charts-view` on the charts), so that a
 * benchmark or test can tell when the charts show the view the KPIs show.
 */
function viewKey({ period, selection, settings }: Omit<ResolvedView, 'notes'>): string {
  return JSON.stringify([period.id, selection.regions, selection.models, settings]);
}

/** The dashboard: header with the pickers, KPIs with the status in words, charts, summary. */
export function DashboardPage({
  dataset,
  sources,
  actions,
  renderTools,
  readOnly = false,
  notices,
}: DashboardPageProps) {
  const { view, problems, setView } = useViewState();
  const resolved = useMemo(() => resolveView(view, dataset), [view, dataset]);
  const kpis = useMemo(
    () =>
      resolved
        ? computeKpis(dataset, resolved.period, resolved.selection, resolved.settings)
        : null,
    [dataset, resolved],
  );
  // The charts take far longer to draw than the KPIs (hundreds of ms for Recharts on big data,
  // under 100 ms for everything else): they follow a step behind, in an interruptible render, so
  // a change of period or region shows its KPIs at once and never waits for the charts.
  const chartsView = useMemo(
    () => (resolved && kpis ? { ...resolved, dataset, kpis } : null),
    [dataset, resolved, kpis],
  );
  const deferredChartsView = useDeferredValue(chartsView);
  const settingsForRegion = useCallback(
    (region: string) =>
      resolved
        ? settingsFor(view, resolved.period.id, { regions: [region], models: view.models })
        : {},
    [view, resolved],
  );

  if (!resolved || !kpis) {
    return (
      <>
        <AppHeader actions={actions} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8">
          {notices}
          <h2 className="text-lg font-semibold">No figures to show</h2>
          <p>The loaded data has no values in any row. Load other files to see the dashboard.</p>
        </main>
      </>
    );
  }

  const { period, selection, settings } = resolved;
  const notes = [...problems.map((problem) => problem.message), ...resolved.notes];
  // Null only on the first render after the data appears: the charts then draw with the KPIs.
  const charts = deferredChartsView ?? { ...resolved, dataset, kpis };
  const drawnView = viewKey(charts);
  return (
    <>
      <AppHeader actions={actions}>
        {readOnly ? null : (
          <DashboardControls
            dataset={dataset}
            view={view}
            period={period}
            computedRecord={kpis.record && kpis.record.periodId !== null ? kpis.record : null}
            onViewChange={setView}
          />
        )}
      </AppHeader>
      <main id="main" tabIndex={-1} className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-4">
        {notices}
        <ViewNotes notes={notes} />
        <section
          aria-labelledby="kpis-title"
          className="flex flex-col gap-3"
          data-view={viewKey(resolved)}
        >
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h2 id="kpis-title" className="text-lg font-semibold">
                {period.label}: {summariseChoice(selection.regions, 'All regions', regionLabel)}
                {selection.models.length > 0
                  ? `, ${summariseChoice(selection.models, 'All models')}`
                  : ''}
              </h2>
              {sources.length > 0 ? (
                <p className="rp-muted text-xs">Data: {sources.join(', ')}</p>
              ) : null}
            </div>
            <div className="flex flex-wrap items-start gap-2">
              {renderTools?.({ dataset, view, period, sources })}
              <DownloadSummaryButton
                dataset={dataset}
                period={period}
                selection={selection}
                settings={settings}
                settingsForRegion={settingsForRegion}
              />
            </div>
          </div>
          <KpiStatus kpis={kpis} />
          <KpiList kpis={kpis} />
        </section>
        <ChartsSlot
          dataset={charts.dataset}
          period={charts.period}
          selection={charts.selection}
          settings={charts.settings}
          kpis={charts.kpis}
          sources={sources}
          updating={deferredChartsView !== chartsView}
          drawnView={drawnView}
        />
      </main>
    </>
  );
}
