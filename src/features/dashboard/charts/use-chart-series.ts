import { useState } from 'react';
import { chartSeriesCache, type ChartSeries, type ChartSeriesInput } from '../../../domain/charts';
import type { Selection, TargetSettings } from '../../../domain/metrics';
import type { Period } from '../../../domain/periods';
import type { Dataset } from '../../../domain/records';

export {
  EARLIER_PERIODS_COMPARED,
  computeChartSeries,
  regionsOf,
  type ChartSeries,
  type RegionSeries,
} from '../../../domain/charts';

/**
 * Every chart's series from the domain, once per view. A series keeps its identity while what it
 * depends on is unchanged (inputs are compared by value), so charts memoised on it skip drawing.
 */
export function useChartSeries(
  dataset: Dataset,
  period: Period,
  selection: Selection,
  settings: TargetSettings,
): ChartSeries {
  const [seriesFor] = useState(chartSeriesCache);
  const input: ChartSeriesInput = { dataset, period, selection, settings };
  return seriesFor(input);
}
