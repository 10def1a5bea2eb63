import { useMemo } from 'react';
import type { Kpis, Selection, TargetSettings } from '../../../domain/metrics';
import type { Period } from '../../../domain/periods';
import type { Dataset } from '../../../domain/records';
import { OffScreenLag, useChartFormat } from '../../../components/chart';
import type { ChartSeriesInput } from '../../../domain/charts/chart-series';
import { captionOf } from './chart-captions';
import {
  BurnDownSlot,
  CumulativeSlot,
  DailySlot,
  EndOfPeriodShareSlot,
  ModelMixSlot,
} from './chart-slots';
import { RegionChartsSlot } from './region-charts-slot';
import { ChartSeriesCacheContext, useNewChartSeriesCache } from './use-chart-series';

export interface DashboardChartsProps {
  dataset: Dataset;
  period: Period;
  selection: Selection;
  settings: TargetSettings;
  /** The KPIs of the whole selection, as the page shows them. */
  kpis: Kpis;
  /** The data's file names, for the chart captions. */
  sources: string[];
}

/**
 * All charts of the dashboard, largest first. Keep `dataset`, `period`, `selection` and
 * `settings` referentially stable between renders: the series are recomputed when they change.
 * Each chart computes its own series from one shared cache, in its own render (see chart-slots).
 */
export function DashboardCharts({
  dataset,
  period,
  selection,
  settings,
  kpis,
  sources,
}: DashboardChartsProps) {
  const format = useChartFormat();
  const cache = useNewChartSeriesCache();
  const input = useMemo<ChartSeriesInput>(
    () => ({ dataset, period, selection, settings }),
    [dataset, period, selection, settings],
  );
  const { selection: selectionWords, asOf } = captionOf(kpis, selection, sources, format);
  // One caption object while its words are the same: memoised charts compare it by identity.
  const caption = useMemo(
    () => ({ selection: selectionWords, asOf, sources }),
    [selectionWords, asOf, sources],
  );

  // Each chart in a lag: those off screen follow a change of view when the page is idle, and
  // compute their series only then.
  return (
    <ChartSeriesCacheContext value={cache}>
      <div className="flex flex-col gap-4" data-dashboard-charts="">
        <OffScreenLag>
          <BurnDownSlot input={input} kpis={kpis} caption={caption} />
        </OffScreenLag>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <OffScreenLag>
            <DailySlot input={input} kpis={kpis} caption={caption} />
          </OffScreenLag>
          <OffScreenLag>
            <CumulativeSlot input={input} kpis={kpis} caption={caption} />
          </OffScreenLag>
        </div>
        <OffScreenLag>
          <RegionChartsSlot input={input} caption={caption} />
        </OffScreenLag>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <OffScreenLag>
            <ModelMixSlot input={input} kpis={kpis} caption={caption} />
          </OffScreenLag>
          <OffScreenLag>
            <EndOfPeriodShareSlot input={input} caption={caption} />
          </OffScreenLag>
        </div>
      </div>
    </ChartSeriesCacheContext>
  );
}
