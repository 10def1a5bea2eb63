import type { ReactNode } from 'react';
import {
  Area,
  Bar,
  CartesianGrid,
  LabelList,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartFormat, ChartTheme } from '../../domain/charts';
import { axisStyle, gridStyle, referenceLabel, tickStyle } from './axis-style';
import { BarShape } from './bar-shape';
import { DASHES } from './chart-legend';
import { chartTooltip } from './chart-tooltip';
import type {
  AxisFormat,
  PlotAxis,
  PlotReference,
  PlotSeries,
  PlotTooltip,
  TooltipHeading,
} from './plot-spec';

/** The Recharts elements of the shared plot, built from its plain specs in the theme's colours. */

function tickFormatter(format: ChartFormat, kind: AxisFormat | undefined) {
  switch (kind) {
    case 'day':
      return format.shortDay;
    case 'month':
      return format.month;
    case 'number':
      return format.axisNumber;
    case 'percent':
      return format.percent;
    default:
      return undefined;
  }
}

function headingOf(heading: TooltipHeading, format: ChartFormat) {
  return (label: unknown, row: unknown): string => {
    if (typeof heading === 'object') {
      const value = (row as Record<string, unknown> | undefined)?.[heading.field];
      if (heading.kind === 'day') return typeof value === 'number' ? format.longDay(value) : '';
      return value === undefined || value === null ? '' : String(value);
    }
    if (heading === 'day') return typeof label === 'number' ? format.longDay(label) : '';
    if (heading === 'day-of-period') return `Day ${String(label)} of the period`;
    return String(label);
  };
}

/**
 * Number axes print whole numbers (vehicles): ticks Recharts picks itself must be whole too, or
 * an axis up to 1 reads 0, 0, 1, 1, 1. Shares (0–1) need their fractions.
 */
function allowsDecimals(axis: PlotAxis): boolean {
  return axis.format !== 'number';
}

/**
 * An axis with its domain and ticks given draws exactly those: Recharts' "nice" ticks for it are
 * worked out (decimal arithmetic, again at each change of the chart's store) only to be dropped.
 * Elsewhere they place the ticks and round the domain, and stay.
 */
function niceTicksOf(axis: PlotAxis): 'none' | undefined {
  return axis.domain !== undefined && axis.ticks !== undefined ? 'none' : undefined;
}

function xAxisOf(axis: PlotAxis, theme: ChartTheme, format: ChartFormat) {
  return (
    <XAxis
      key="x"
      dataKey={axis.dataKey}
      type={axis.type}
      domain={axis.domain as [number, number] | undefined}
      ticks={axis.ticks as (number | string)[] | undefined}
      allowDecimals={allowsDecimals(axis)}
      niceTicks={niceTicksOf(axis)}
      interval={0}
      tickFormatter={tickFormatter(format, axis.format)}
      {...axisStyle(theme)}
      tick={tickStyle(theme, false)}
    />
  );
}

function yAxisOf(axis: PlotAxis, theme: ChartTheme, format: ChartFormat) {
  return (
    <YAxis
      key={`y:${axis.id ?? 0}`}
      yAxisId={axis.id ?? 0}
      dataKey={axis.dataKey}
      type={axis.type}
      orientation={axis.orientation}
      width={axis.width}
      domain={axis.domain as [number, number] | undefined}
      ticks={axis.ticks as (number | string)[] | undefined}
      allowDataOverflow={axis.allowDataOverflow}
      allowDecimals={allowsDecimals(axis)}
      niceTicks={niceTicksOf(axis)}
      interval={0}
      tickFormatter={tickFormatter(format, axis.format)}
      {...axisStyle(theme)}
      tick={tickStyle(theme, axis.format !== 'number' && axis.format !== 'percent')}
    />
  );
}

/**
 * How a bar series is there: 'drawn', bar by bar; 'hidden', registered but not drawn, so the x
 * axis is a band scale from a plot's first turn and does not move everything when the bars are
 * drawn last; 'registered', counted in the axes, bands and tooltip as when drawn, but with no
 * bar of its own (BarSeriesPath draws them).
 */
export type BarMode = 'drawn' | 'hidden' | 'registered';

/** A series' mark; `barMode` for bars. */
export function markOf(
  series: PlotSeries,
  theme: ChartTheme,
  format: ChartFormat,
  barMode: BarMode = 'drawn',
): ReactNode {
  const common = {
    dataKey: series.key,
    name: series.name,
    yAxisId: series.axis ?? 0,
    isAnimationActive: false,
  } as const;
  switch (series.mark) {
    case 'bar':
      return (
        <Bar
          key={series.key}
          {...common}
          fill={series.colour}
          fillOpacity={series.fillOpacity}
          stroke={series.outline ? series.colour : undefined}
          // Width 0 (its own maxBarSize, which sizes only its own bars): Recharts leaves out
          // every bar, with no component or element each, and Recharts' default shape so that
          // it does (a shape of ours would be handed the empty bars too).
          maxBarSize={barMode === 'registered' ? 0 : series.maxBarSize}
          shape={barMode === 'registered' ? undefined : BarShape}
          hide={barMode === 'hidden'}
        >
          {series.valueLabels && (
            <LabelList
              dataKey={series.key}
              position="right"
              formatter={(value: unknown) =>
                typeof value === 'number' ? format.axisNumber(value) : ''
              }
              fill={theme.text}
              fontSize={12}
            />
          )}
        </Bar>
      );
    case 'area':
      return (
        <Area
          key={series.key}
          {...common}
          stroke={series.colour}
          strokeWidth={series.strokeWidth ?? 2.5}
          strokeDasharray={DASHES[series.shape]}
          fill={series.colour}
          fillOpacity={series.fillOpacity ?? 0.15}
          connectNulls={series.connectNulls}
        />
      );
    case 'line':
      return (
        <Line
          key={series.key}
          {...common}
          stroke={series.colour}
          strokeWidth={series.strokeWidth ?? (series.shape === 'thin' ? 1.5 : 2.5)}
          strokeDasharray={DASHES[series.shape]}
          dot={false}
          connectNulls={series.connectNulls}
        />
      );
  }
}

export function referenceOf(reference: PlotReference, index: number, yAxisId: string | number) {
  const { axis, value, colour } = reference;
  return (
    <ReferenceLine
      key={`ref:${index}`}
      {...(axis === 'y' ? { y: value, yAxisId } : { x: value, yAxisId })}
      stroke={colour}
      strokeDasharray={reference.shape === 'dashed' ? DASHES.dashed : undefined}
      ifOverflow={reference.extendDomain ? 'extendDomain' : 'discard'}
      label={referenceLabel(
        reference.label,
        reference.labelColour ?? colour,
        reference.labelPosition ?? 'insideTopRight',
      )}
    />
  );
}

export function tooltipOf(
  tooltip: PlotTooltip,
  theme: ChartTheme,
  format: ChartFormat,
  order: readonly string[],
) {
  const content = chartTooltip({
    theme,
    label: headingOf(tooltip.heading, format),
    value: tooltip.value === 'percent' ? format.percent : format.exactNumber,
    order,
  });
  return (
    <Tooltip
      key="tooltip"
      content={content}
      cursor={tooltip.cursor === 'band' ? { fill: theme.grid, fillOpacity: 0.5 } : true}
      isAnimationActive={false}
    />
  );
}

/** The grid and the axes: the same elements while the axes' spec is the same. */
export function axesOf(
  axes: { x: PlotAxis; y: readonly PlotAxis[]; layout?: 'horizontal' | 'vertical' },
  theme: ChartTheme,
  format: ChartFormat,
): ReactNode[] {
  const vertical = axes.layout === 'vertical';
  return [
    <CartesianGrid
      key="grid"
      {...gridStyle(theme)}
      vertical={vertical}
      horizontal={!vertical}
      yAxisId={axes.y[0]?.id ?? 0}
    />,
    xAxisOf(axes.x, theme, format),
    ...axes.y.map((axis) => yAxisOf(axis, theme, format)),
  ];
}
