import { createContext, use, useState } from 'react';
import {
  chartSeriesCache,
  type ChartSeries,
  type ChartSeriesCache,
  type ChartSeriesInput,
  type ChartSeriesPart,
  type RegionSeries,
} from '../../../domain/charts/chart-series';

/** The dashboard's one series cache, shared by the charts that each compute their own part. */
export const ChartSeriesCacheContext = createContext<ChartSeriesCache | null>(null);

/** A cache of its own for the charts below: one per dashboard (a new dataset mounts a new one). */
export function useNewChartSeriesCache(): ChartSeriesCache {
  const [cache] = useState(chartSeriesCache);
  return cache;
}

function useCache(): ChartSeriesCache {
  const cache = use(ChartSeriesCacheContext);
  // A bug, not a state of the data: the slots are only ever placed under DashboardCharts.
  if (cache === null)
    throw new Error('A chart series hook is used outside ChartSeriesCacheContext');
  return cache;
}

/**
 * One chart's series, computed in the render of the component that asks (not the dashboard's),
 * so that React can yield between charts, and a chart off screen computes when it catches up.
 */
export function useChartSeriesPart<P extends ChartSeriesPart>(
  part: P,
  input: ChartSeriesInput,
): ChartSeries[P] {
  return useCache().part(part, input);
}

/** One region's small chart series, computed in the render of the component that asks. */
export function useRegionSeries(region: string, input: ChartSeriesInput): RegionSeries {
  return useCache().region(region, input);
}
