import { chartFormat, type ChartFormat } from '../../domain/charts';

let shared: ChartFormat | null = null;

/**
 * Numbers and dates in the browser's locale. One formatter for the page: its Intl objects are
 * costly to build, and one identity lets charts memoise on it.
 */
export function useChartFormat(): ChartFormat {
  shared ??= chartFormat();
  return shared;
}
