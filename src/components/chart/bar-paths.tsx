import type { ReactNode } from 'react';
import { DEFAULT_BAR_GAP_PX } from './bar-path';
import { BarSeriesPath } from './bar-series-path';
import type { PlotAxis, PlotSeries } from './plot-spec';

interface BarsSpec {
  x: PlotAxis;
  y: readonly PlotAxis[];
  series: readonly PlotSeries[];
  layout?: 'horizontal' | 'vertical';
}

/**
 * Whether a plot draws its bars itself, a plain path a bar (BarSeriesPath): bars standing in the bands
 * of a category x axis, with no value written at their ends and no axis that lets them overflow
 * (Recharts clips those). Any other bars are Recharts' own.
 */
export function drawsBarPaths({ x, y, series, layout }: BarsSpec): boolean {
  const bars = series.filter((item) => item.mark === 'bar');
  return (
    bars.length > 0 &&
    layout !== 'vertical' &&
    x.type !== 'number' &&
    x.dataKey !== undefined &&
    !bars.some((bar) => bar.valueLabels) &&
    !y.some((axis) => axis.allowDataOverflow)
  );
}

/** The paths of the bar series `drawn` (indexes into `spec.series`), in series order. */
export function barPathsOf(
  spec: BarsSpec & { barGap?: number },
  data: readonly object[],
  drawn: ReadonlySet<number> | null,
): ReactNode[] {
  const xKey = spec.x.dataKey;
  if (xKey === undefined) return [];
  const bars = spec.series.flatMap((series, index) => (series.mark === 'bar' ? [index] : []));
  return bars.flatMap((seriesIndex, place) => {
    const series = spec.series[seriesIndex];
    if (!series || (drawn !== null && !drawn.has(seriesIndex))) return [];
    return [
      <BarSeriesPath
        key={`bars:${series.key}`}
        data={data}
        xKey={xKey}
        series={series}
        index={place}
        count={bars.length}
        barGap={spec.barGap ?? DEFAULT_BAR_GAP_PX}
      />,
    ];
  });
}
