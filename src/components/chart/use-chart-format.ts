import { useMemo } from 'react';
import { chartFormat, type ChartFormat } from '../../domain/charts';

/** Numbers and dates in the browser's locale. */
export function useChartFormat(): ChartFormat {
  return useMemo(() => chartFormat(), []);
}
