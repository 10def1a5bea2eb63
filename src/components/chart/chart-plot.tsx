import { memo, useMemo, useState, type ReactNode } from 'react';
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartFormat, ChartTheme } from '../../domain/charts';
import { axisStyle, gridStyle, referenceLabel } from './axis-style';
import type { PlotSize } from './chart-frame';
import { DASHES } from './chart-legend';
import { chartTooltip } from './chart-tooltip';
import {
  PLOT_MARGIN,
  type AxisFormat,
  type PlotAxis,
  type PlotMargin,
  type PlotReference,
  type PlotSeries,
  type PlotTooltip,
  type TooltipHeading,
} from './plot-spec';
import { useChartFormat } from './use-chart-format';
import { usePlotInViewContext } from './use-plot-in-view';
import { useLagOffScreen } from './use-lag-off-screen';
import { useChartTheme } from './use-chart-theme';

export interface ChartPlotProps {
  size: PlotSize;
  /** One row per x value (or per category), read by the series' keys. Keep it stable. */
  data: readonly object[];
  x: PlotAxis;
  y: readonly PlotAxis[];
  series: readonly PlotSeries[];
  references?: readonly PlotReference[];
  tooltip: PlotTooltip;
  /** 'vertical' lays bars out horizontally: categories on the y axis. */
  layout?: 'horizontal' | 'vertical';
  margin?: PlotMargin;
  /** Px between the bars of one x value. */
  barGap?: number;
}

type Spec = Omit<ChartPlotProps, 'size' | 'data'>;

function specOf({ x, y, series, references = [], tooltip, layout, margin, barGap }: Spec): Spec {
  return { x, y, series, references, tooltip, layout, margin, barGap };
}

/** Props are equal when the data is the same array and the spec says the same. */
function samePlot(before: ChartPlotProps, after: ChartPlotProps): boolean {
  return (
    before.data === after.data &&
    before.size.width === after.size.width &&
    before.size.height === after.size.height &&
    JSON.stringify(specOf(before)) === JSON.stringify(specOf(after))
  );
}

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

function xAxisOf(axis: PlotAxis, theme: ChartTheme, format: ChartFormat) {
  return (
    <XAxis
      key="x"
      dataKey={axis.dataKey}
      type={axis.type}
      domain={axis.domain as [number, number] | undefined}
      ticks={axis.ticks as (number | string)[] | undefined}
      interval={0}
      tickFormatter={tickFormatter(format, axis.format)}
      {...axisStyle(theme)}
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
      interval={0}
      tickFormatter={tickFormatter(format, axis.format)}
      {...axisStyle(theme)}
    />
  );
}

function markOf(series: PlotSeries, theme: ChartTheme, format: ChartFormat): ReactNode {
  const common = {
    key: series.key,
    dataKey: series.key,
    name: series.name,
    yAxisId: series.axis ?? 0,
    isAnimationActive: false,
  } as const;
  switch (series.mark) {
    case 'bar':
      return (
        <Bar
          {...common}
          fill={series.colour}
          fillOpacity={series.fillOpacity}
          stroke={series.outline ? series.colour : undefined}
          maxBarSize={series.maxBarSize}
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

function referenceOf(reference: PlotReference, index: number, yAxisId: string | number) {
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

function tooltipOf(spec: Spec, theme: ChartTheme, format: ChartFormat) {
  const content = chartTooltip({
    theme,
    label: headingOf(spec.tooltip.heading, format),
    value: spec.tooltip.value === 'percent' ? format.percent : format.exactNumber,
  });
  return (
    <Tooltip
      key="tooltip"
      content={content}
      cursor={spec.tooltip.cursor === 'band' ? { fill: theme.grid, fillOpacity: 0.5 } : true}
      isAnimationActive={false}
    />
  );
}

/** The grid and the axes: the same elements while the axes' spec is the same. */
function axesOf(
  axes: Pick<Spec, 'x' | 'y' | 'layout'>,
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

/** The same value while its JSON text is the same, so that memos on it hold. */
function useByValue<T>(value: T): T {
  const text = JSON.stringify(value);
  return useMemo(() => JSON.parse(text) as T, [text]);
}

/**
 * The one Recharts set-up of every chart: grid, axes, tooltip, marks and reference lines in the
 * theme's colours, no animation, ticks drawn as given. A chart passes its rows and a spec; the
 * plot is drawn again only when the rows or the spec changed, and then Recharts only receives new
 * data (the axes, marks and lines keep their elements), which keeps a view change cheap.
 */
export const ChartPlot = memo(function ChartPlot(props: ChartPlotProps) {
  const theme = useChartTheme();
  const format = useChartFormat();
  const { shown: drawn, pending } = useLagOffScreen(props, usePlotInViewContext());
  const specText = drawn ? JSON.stringify(specOf(drawn)) : null;
  const spec = useMemo(() => (specText ? (JSON.parse(specText) as Spec) : null), [specText]);
  // The tooltip measures itself in the page on every redraw (a forced layout per chart): it is
  // only mounted once a pointer has come over the plot, when someone can see it.
  const [pointed, setPointed] = useState(false);
  // Grid and axes, marks, reference lines: each part keeps its elements while its own spec is
  // the same (a new goal moves a line, the marks do not register themselves with Recharts again).
  const axesSpec = useByValue(spec && { x: spec.x, y: spec.y, layout: spec.layout });
  const seriesSpec = useByValue(spec?.series ?? []);
  const referencesSpec = useByValue({
    references: spec?.references ?? [],
    yAxisId: spec?.y[0]?.id ?? 0,
  });
  const axes = useMemo(
    () => axesSpec && axesOf(axesSpec, theme, format),
    [axesSpec, theme, format],
  );
  const marks = useMemo(
    () => seriesSpec.map((series) => markOf(series, theme, format)),
    [seriesSpec, theme, format],
  );
  const references = useMemo(
    () =>
      referencesSpec.references.map((reference, index) =>
        referenceOf(reference, index, referencesSpec.yAxisId),
      ),
    [referencesSpec],
  );
  const tooltip = useMemo(
    () => (spec && pointed ? tooltipOf(spec, theme, format) : null),
    [pointed, spec, theme, format],
  );
  const chart = useMemo(() => {
    if (!spec || !drawn) return null;
    return (
      <ComposedChart
        width={drawn.size.width}
        height={drawn.size.height}
        data={drawn.data}
        layout={spec.layout ?? 'horizontal'}
        margin={spec.margin ?? PLOT_MARGIN}
        barGap={spec.barGap}
        accessibilityLayer={false}
      >
        {axes}
        {marks}
        {references}
        {tooltip}
      </ComposedChart>
    );
  }, [drawn, spec, axes, marks, references, tooltip]);
  return (
    <div
      onPointerEnter={() => setPointed(true)}
      data-chart-pointer=""
      data-plot-pending={pending ? '' : undefined}
    >
      {chart}
    </div>
  );
}, samePlot);
