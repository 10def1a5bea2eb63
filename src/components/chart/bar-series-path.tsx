import { useMemo } from 'react';
import { DefaultZIndexes, ZIndexLayer, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { barBaseY, barOutlines, barSlot } from './bar-path';
import type { PlotSeries } from './plot-spec';

export interface BarSeriesPathProps {
  data: readonly object[];
  /** The x axis' data key: the rows' categories. */
  xKey: string;
  series: PlotSeries;
  /** Its place among the bar series side by side, and how many there are. */
  index: number;
  count: number;
  barGap: number;
}

/**
 * One bar series drawn inside a chart where Recharts would draw its bars: in the bars' layer,
 * from the axes' scales, one plain path a bar. Recharts draws each bar through five components
 * of its own and a group (the daily chart's ~270 bars: 100 ms and more of one task). One path a
 * bar rather than one for all: Chromium antialiases the edges of a path of many rectangles a
 * little differently (up to 32 levels on a few pixels), and the bars look exactly as before. The
 * series' Recharts Bar stays registered (see markOf): axes, bands and tooltip are as they were.
 */
export function BarSeriesPath({ data, xKey, series, index, count, barGap }: BarSeriesPathProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale(series.axis ?? 0);
  const plot = usePlotArea();
  const outlines = useMemo(() => {
    const first = (data[0] as Record<string, unknown> | undefined)?.[xKey];
    if (!xScale || !yScale || !plot || first === undefined) return [];
    const start = xScale(first, { position: 'start' });
    const end = xScale(first, { position: 'end' });
    if (start === undefined || end === undefined) return [];
    return barOutlines(data, xKey, series.key, {
      bandStart: (category) => xScale(category),
      slot: barSlot(end - start, count, index, barGap, series.maxBarSize),
      y: (value) => yScale(value),
      baseY: barBaseY(yScale(0), plot.y, plot.y + plot.height),
    });
  }, [data, xKey, series.key, series.maxBarSize, xScale, yScale, plot, count, index, barGap]);
  if (outlines.length === 0) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      <g className="recharts-layer recharts-bar" data-bar-path={series.key}>
        {outlines.map((outline, bar) => (
          <path
            key={bar}
            className="recharts-rectangle"
            d={outline}
            fill={series.colour}
            fillOpacity={series.fillOpacity}
            stroke={series.outline ? series.colour : undefined}
          />
        ))}
      </g>
    </ZIndexLayer>
  );
}
