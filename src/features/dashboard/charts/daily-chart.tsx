import { useMemo } from 'react';
import {
  ChartFrame,
  ChartPlot,
  legendOf,
  useChartFormat,
  useChartTheme,
  usePlotMeasure,
  type ChartCaption,
  type ChartColumn,
  type ChartTableData,
  type PlotAxis,
  type PlotSeries,
} from '../../../components/chart';
import {
  dayTicks,
  maxTicksForWidth,
  yAxisWidth,
  type ChartFormat,
  type ChartTheme,
} from '../../../domain/charts';
import type { DailyPoint, Kpis } from '../../../domain/metrics';
import { granularityNote } from './chart-captions';
import {
  BAR_GAP_PX,
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

type BarMeasure = (typeof BAR_MEASURES)[number];
type LevelMeasure = (typeof LEVEL_MEASURES)[number];

function seriesOf(
  bars: readonly BarMeasure[],
  levels: readonly LevelMeasure[],
  theme: ChartTheme,
): PlotSeries[] {
  return [
    ...bars.map((m): PlotSeries => ({
      key: m,
      name: NAMES[m],
      colour: theme[m],
      mark: 'bar',
      shape: 'bar',
      axis: 'flows',
    })),
    ...levels.map((m): PlotSeries => ({
      key: m,
      name: NAMES[m],
      legendLabel: `${NAMES[m]} (right axis)`,
      colour: theme[m],
      mark: 'line',
      shape: m === 'backlog' ? 'line' : 'dashed',
      strokeWidth: 2,
      axis: 'levels',
    })),
  ];
}

export function DailyChart({ points, kpis, caption }: DailyChartProps) {
  const theme = useChartTheme();
  const format = useChartFormat();
  const plot = usePlotMeasure();
  const { period } = kpis;
  const { bars, levels } = useMemo(
    () => ({
      bars: presentMeasures(points, BAR_MEASURES),
      levels: presentMeasures(points, LEVEL_MEASURES),
    }),
    [points],
  );
  const dayRows = useMemo(() => dailyRows(points, 'day', format), [points, format]);
  const dayWidths = axisWidths(dayRows, format);
  const mode = dailyMode(kpis, points.length, bars.length + levels.length, {
    plotWidthPx: plot.width - dayWidths.left - dayWidths.right,
    barsPerDay: bars.length,
  });
  const rows = useMemo(
    () => (mode === 'day' ? dayRows : dailyRows(points, mode, format)),
    [dayRows, points, mode, format],
  );
  const widths = mode === 'day' ? dayWidths : axisWidths(rows, format);
  const title = titleOf(bars, levels, mode, period.label);
  const table = useMemo(() => tableOf(points, title), [points, title]);
  const series = seriesOf(bars, levels, theme);
  const note =
    granularityNote(kpis, 'bars') ??
    (mode === 'week' ? 'Shown per week to stay readable; the table has every day.' : null);

  function xAxisFor(width: number): PlotAxis {
    const maxTicks = maxTicksForWidth(width - widths.left - widths.right, mode === 'day' ? 56 : 90);
    return {
      dataKey: 'day',
      ticks:
        mode === 'day'
          ? dayTicks(period.start, period.end, maxTicks)
          : everyNth(
              rows.map((r) => r.day),
              maxTicks,
            ),
      format: mode === 'month' ? 'month' : 'day',
    };
  }
  const yAxes: PlotAxis[] = [
    { id: 'flows', width: widths.left, format: 'number' },
    ...(levels.length > 0
      ? [{ id: 'levels', orientation: 'right', width: widths.right, format: 'number' } as const]
      : []),
  ];

  return (
    <ChartFrame
      chartId="daily"
      title={title}
      caption={caption}
      summary={summaryOf(points, kpis, format)}
      height={280}
      legend={legendOf(series)}
      note={note ?? undefined}
      table={table}
      plot={plot}
    >
      {(size) => (
        <ChartPlot
          size={size}
          data={rows}
          x={xAxisFor(size.width)}
          y={yAxes}
          series={series}
          tooltip={{ heading: { field: 'label', kind: 'text' }, value: 'number', cursor: 'band' }}
          barGap={BAR_GAP_PX}
        />
      )}
    </ChartFrame>
  );
}

/** Y-axis widths that fit the flows (left) and the levels (right) of these rows. */
function axisWidths(rows: readonly DailyRow[], format: ChartFormat) {
  return {
    left: yAxisWidth(
      rows.flatMap((r) => [r.deliveries, r.production]),
      format.axisNumber,
    ),
    right: yAxisWidth(
      rows.flatMap((r) => [r.backlog, r.inventory]),
      format.axisNumber,
    ),
  };
}
