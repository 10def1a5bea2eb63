import { useMemo } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import {
  ChartFrame,
  DASHES,
  PLOT_MARGIN,
  axisStyle,
  chartTooltip,
  gridStyle,
  useChartFormat,
  useChartTheme,
  type ChartCaption,
  type ChartColumn,
  type ChartTableData,
  type LegendItem,
} from '../../../components/chart';
import { dayTicks, maxTicksForWidth, yAxisWidth, type ChartFormat } from '../../../domain/charts';
import type { DailyPoint, Kpis } from '../../../domain/metrics';
import { granularityNote } from './chart-captions';
import {
  BAR_MEASURES,
  LEVEL_MEASURES,
  dailyMode,
  dailyRows,
  everyNth,
  presentMeasures,
  type DailyMode,
  type DailyRow,
} from './daily-rows';

const NAMES = {
  deliveries: 'Deliveries',
  production: 'Production',
  orders: 'Orders',
  backlog: 'Backlog',
  inventory: 'Inventory',
} as const;

function titleOf(
  bars: readonly string[],
  levels: readonly string[],
  mode: DailyMode,
  periodLabel: string,
) {
  const flows = bars.includes('production') ? 'Deliveries vs production' : 'Deliveries';
  const withLevels = levels.length > 0 ? `, with ${levels.join(' and ')}` : '';
  return `${flows} per ${mode}${withLevels} — ${periodLabel}`;
}

function summaryOf(points: readonly DailyPoint[], kpis: Kpis, format: ChartFormat): string {
  if (kpis.asOf === null) return 'No deliveries or production yet in this period.';
  const last = points.find((p) => p.day === kpis.asOf);
  const parts = (['deliveries', 'production', 'backlog', 'inventory'] as const).flatMap((m) =>
    last && last[m] !== null ? [`${NAMES[m].toLowerCase()} ${format.axisNumber(last[m])}`] : [],
  );
  return `On ${format.longDay(kpis.asOf)}: ${parts.join(', ') || 'no values'}.`;
}

function tableOf(points: readonly DailyPoint[], title: string): ChartTableData {
  const measures = presentMeasures(points, [
    'deliveries',
    'production',
    'orders',
    'backlog',
    'inventory',
  ] as const);
  const columns: ChartColumn[] = [
    { key: 'day', label: 'Date', kind: 'day' },
    ...measures.map((m) => ({ key: m, label: NAMES[m], kind: 'number' as const })),
  ];
  return {
    caption: `${title}: the values of each day`,
    columns,
    rows: points.map((p) => ({ ...p })),
  };
}

export interface DailyChartProps {
  points: readonly DailyPoint[];
  kpis: Kpis;
  caption: ChartCaption;
}

export function DailyChart({ points, kpis, caption }: DailyChartProps) {
  const theme = useChartTheme();
  const format = useChartFormat();
  const { period } = kpis;
  const { bars, levels } = useMemo(
    () => ({
      bars: presentMeasures(points, BAR_MEASURES),
      levels: presentMeasures(points, LEVEL_MEASURES),
    }),
    [points],
  );
  const mode = dailyMode(kpis, points.length, bars.length + levels.length);
  const rows = useMemo(() => dailyRows(points, mode, format), [points, mode, format]);
  const title = titleOf(bars, levels, mode, period.label);
  const table = useMemo(() => tableOf(points, title), [points, title]);
  const tooltip = useMemo(
    () =>
      chartTooltip({
        theme,
        label: (_, row) => (row as DailyRow | undefined)?.label ?? '',
        value: (value) => format.exactNumber(value),
      }),
    [theme, format],
  );
  const colours = {
    deliveries: theme.deliveries,
    production: theme.production,
    backlog: theme.backlog,
    inventory: theme.inventory,
  };
  const leftWidth = yAxisWidth(
    rows.flatMap((r) => [r.deliveries, r.production]),
    format.axisNumber,
  );
  const rightWidth = yAxisWidth(
    rows.flatMap((r) => [r.backlog, r.inventory]),
    format.axisNumber,
  );
  const legend: LegendItem[] = [
    ...bars.map((m) => ({ label: NAMES[m], colour: colours[m], shape: 'bar' as const })),
    ...levels.map((m) => ({
      label: `${NAMES[m]} (right axis)`,
      colour: colours[m],
      shape: m === 'backlog' ? ('line' as const) : ('dashed' as const),
    })),
  ];
  const note =
    granularityNote(kpis, 'bars') ??
    (mode === 'week' ? 'Shown per week to stay readable; the table has every day.' : null);

  function ticksFor(width: number) {
    const maxTicks = maxTicksForWidth(width - leftWidth - rightWidth, mode === 'day' ? 56 : 90);
    if (mode === 'day') return dayTicks(period.start, period.end, maxTicks);
    return everyNth(
      rows.map((r) => r.day),
      maxTicks,
    );
  }

  return (
    <ChartFrame
      chartId="daily"
      title={title}
      caption={caption}
      summary={summaryOf(points, kpis, format)}
      height={280}
      legend={legend}
      note={note ?? undefined}
      table={table}
    >
      {({ width, height }) => (
        <ComposedChart
          width={width}
          height={height}
          data={rows}
          margin={PLOT_MARGIN}
          accessibilityLayer={false}
          barGap={1}
        >
          <CartesianGrid {...gridStyle(theme)} vertical={false} />
          <XAxis
            dataKey="day"
            ticks={ticksFor(width)}
            tickFormatter={mode === 'month' ? format.month : format.shortDay}
            {...axisStyle(theme)}
          />
          <YAxis
            yAxisId="flows"
            width={leftWidth}
            tickFormatter={format.axisNumber}
            {...axisStyle(theme)}
          />
          {levels.length > 0 && (
            <YAxis
              yAxisId="levels"
              orientation="right"
              width={rightWidth}
              tickFormatter={format.axisNumber}
              {...axisStyle(theme)}
            />
          )}
          <Tooltip content={tooltip} cursor={{ fill: theme.grid, fillOpacity: 0.5 }} />
          {bars.map((m) => (
            <Bar
              key={m}
              yAxisId="flows"
              dataKey={m}
              name={NAMES[m]}
              fill={colours[m]}
              isAnimationActive={false}
            />
          ))}
          {levels.map((m) => (
            <Line
              key={m}
              yAxisId="levels"
              dataKey={m}
              name={NAMES[m]}
              stroke={colours[m]}
              strokeWidth={2}
              strokeDasharray={m === 'inventory' ? DASHES.dashed : undefined}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      )}
    </ChartFrame>
  );
}
