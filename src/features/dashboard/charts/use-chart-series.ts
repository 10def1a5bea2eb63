import { useMemo } from 'react';
import {
  burnDownSeries,
  computeKpis,
  cumulativeByDayOfPeriod,
  dailySeries,
  endOfPeriodShares,
  modelMix,
  type BurnDownPoint,
  type CumulativeSeries,
  type DailyPoint,
  type EndOfPeriodShare,
  type Kpis,
  type ModelDeliveries,
  type Selection,
  type TargetSettings,
} from '../../../domain/metrics';
import { fiscalStartOf } from '../../../domain/periods';
import type { Period } from '../../../domain/periods';
import type { Dataset } from '../../../domain/records';
import { regionTree } from '../../../domain/records/regions';

/** How many earlier periods the cumulative chart compares with (the record is added if older). */
export const EARLIER_PERIODS_COMPARED = 4;

export interface RegionSeries {
  /** The region as selected: a continent name or a region value of the data. */
  region: string;
  kpis: Kpis;
  /** This period's cumulative deliveries; null when the region has none yet. */
  cumulative: CumulativeSeries | null;
}

export interface ChartSeries {
  daily: DailyPoint[];
  burnDown: BurnDownPoint[];
  cumulative: CumulativeSeries[];
  regions: RegionSeries[];
  modelMix: ModelDeliveries[];
  endOfPeriodShares: EndOfPeriodShare[];
}

/** The regions that get a small chart: continents for "All regions", else the selected ones. */
export function regionsOf(dataset: Dataset, selection: Selection): string[] {
  return selection.regions.length === 0
    ? regionTree(dataset).map((group) => group.continent)
    : [...selection.regions];
}

/**
 * Each region alone. A goal is set for the whole selection, so a region is measured against its
 * own record, unless it is the whole selection.
 */
function regionSeries(
  dataset: Dataset,
  period: Period,
  selection: Selection,
  settings: TargetSettings,
): RegionSeries[] {
  const regions = regionsOf(dataset, selection);
  return regions.map((region) => {
    const alone: Selection = { regions: [region], models: selection.models };
    const regionSettings: TargetSettings =
      selection.regions.length === 1 ? settings : { openingBacklog: settings.openingBacklog };
    const kpis = computeKpis(dataset, period, alone, regionSettings, { simulate: false });
    const cumulative =
      cumulativeByDayOfPeriod(dataset, period, alone, { compareWith: 0 }).find(
        (series) => series.isCurrent,
      ) ?? null;
    return { region, kpis, cumulative };
  });
}

/** Every chart's series from the metric engine; charts never compute metrics themselves. */
export function computeChartSeries(
  dataset: Dataset,
  period: Period,
  selection: Selection,
  settings: TargetSettings,
): ChartSeries {
  return {
    daily: dailySeries(dataset, period, selection, settings),
    burnDown: burnDownSeries(dataset, period, selection, settings),
    cumulative: cumulativeByDayOfPeriod(dataset, period, selection, {
      compareWith: EARLIER_PERIODS_COMPARED,
    }),
    regions: regionSeries(dataset, period, selection, settings),
    modelMix: modelMix(dataset, period, selection),
    endOfPeriodShares: endOfPeriodShares(
      dataset,
      selection,
      period.kind === 'quarter' ? fiscalStartOf(period) : 1,
    ),
  };
}

/** Recomputed only when one of the inputs changes (callers keep them referentially stable). */
export function useChartSeries(
  dataset: Dataset,
  period: Period,
  selection: Selection,
  settings: TargetSettings,
): ChartSeries {
  return useMemo(
    () => computeChartSeries(dataset, period, selection, settings),
    [dataset, period, selection, settings],
  );
}
