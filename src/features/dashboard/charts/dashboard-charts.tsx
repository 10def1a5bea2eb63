import { useMemo } from 'react';
import type { Kpis, Selection, TargetSettings } from '../../../domain/metrics';
import type { Period } from '../../../domain/periods';
import type { Dataset } from '../../../domain/records';
import { OffScreenLag, useChartFormat } from '../../../components/chart';
import { BurnDownChart } from './burn-down-chart';
import { captionOf } from './chart-captions';
import { CumulativeChart } from './cumulative-chart';
import { DailyChart } from './daily-chart';
import { EndOfPeriodShareChart } from './end-of-period-share-chart';
import { ModelMixChart } from './model-mix-chart';
import { RegionCharts } from './region-charts';
import { useChartSeries } from './use-chart-series';

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
  const series = useChartSeries(dataset, period, selection, settings);
  const { selection: selectionWords, asOf } = captionOf(kpis, selection, sources, format);
  // One caption object while its words are the same: memoised charts compare it by identity.
  const caption = useMemo(
    () => ({ selection: selectionWords, asOf, sources }),
    [selectionWords, asOf, sources],
  );

  // Each chart in a lag: those off screen follow a change of view when the page is idle.
  return (
    <div className="flex flex-col gap-4" data-dashboard-charts="">
      <OffScreenLag>
        <BurnDownChart points={series.burnDown} kpis={kpis} caption={caption} />
      </OffScreenLag>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <OffScreenLag>
          <DailyChart points={series.daily} kpis={kpis} caption={caption} />
        </OffScreenLag>
        <OffScreenLag>
          <CumulativeChart series={series.cumulative} kpis={kpis} caption={caption} />
        </OffScreenLag>
      </div>
      <OffScreenLag>
        <RegionCharts
          regions={series.regions}
          ownRecords={selection.regions.length !== 1}
          caption={caption}
        />
      </OffScreenLag>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <OffScreenLag>
          <ModelMixChart mix={series.modelMix} kpis={kpis} caption={caption} />
        </OffScreenLag>
        <OffScreenLag>
          <EndOfPeriodShareChart shares={series.endOfPeriodShares} caption={caption} />
        </OffScreenLag>
      </div>
    </div>
  );
}
