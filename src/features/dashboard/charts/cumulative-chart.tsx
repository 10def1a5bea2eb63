import { useMemo } from 'react';
import {
  ChartFrame,
  ChartPlot,
  useChartFormat,
  useChartTheme,
  type ChartCaption,
  type ChartColumn,
  type ChartTableData,
  type LegendItem,
  type PlotReference,
  type PlotSeries,
} from '../../../components/chart';
import {
  dayOfPeriodTicks,
  maxTicksForWidth,
  thinRows,
  yAxisWidth,
  type ChartFormat,
  type ChartTheme,
  type SeriesValue,
} from '../../../domain/charts';
import type { CumulativeSeries, Kpis } from '../../../domain/metrics';
import { periodDays } from '../../../domain/periods';
import { granularityNote, targetInWords } from './chart-captions';

type CumulativeRow = { dayOfPeriod: number } & Record<string, number | null>;

const keyOf = (series: CumulativeSeries) => `period:${series.periodId}`;

function nameOf(series: CumulativeSeries): string {
  if (series.isCurrent) return `${series.periodLabel} (this period)`;
  return series.isRecord ? `${series.periodLabel} (record)` : series.periodLabel;
}

/** One row per day of period, one column per period: the shared x axis of all lines. */
function rowsOf(series: readonly CumulativeSeries[], length: number): CumulativeRow[] {
  const rows: CumulativeRow[] = Array.from({ length }, (_, i) => ({ dayOfPeriod: i + 1 }));
  for (const s of series) {
    const key = keyOf(s);
    for (const row of rows) row[key] = null;
    for (const point of s.points) {
      const row = rows[point.dayOfPeriod - 1];
      if (row) row[key] = point.cumulative;
    }
  }
  return rows;
}

/** Drawing order: earlier periods underneath, then the record, this period on top. */
function drawingOrder(series: readonly CumulativeSeries[]): CumulativeSeries[] {
  const rank = (s: CumulativeSeries) => (s.isCurrent ? 2 : s.isRecord ? 1 : 0);
  return [...series].sort((a, b) => rank(a) - rank(b));
}

function summaryOf(series: readonly CumulativeSeries[], format: ChartFormat): string {
  const current = series.find((s) => s.isCurrent);
  const last = current?.points.at(-1);
  if (!current || !last) return 'No deliveries yet in this period.';
  const parts = [
    `${current.periodLabel}: ${format.axisNumber(last.cumulative)} delivered by day ${last.dayOfPeriod}.`,
  ];
  for (const s of series) {
    if (s.isCurrent) continue;
    const sameDay = s.points.find((p) => p.dayOfPeriod === last.dayOfPeriod);
    if (sameDay && (s.isRecord || parts.length < 3)) {
      parts.push(`${nameOf(s)}: ${format.axisNumber(sameDay.cumulative)} by the same day.`);
    }
  }
  return parts.join(' ');
}

function tableOf(
  series: readonly CumulativeSeries[],
  rows: readonly CumulativeRow[],
  title: string,
): ChartTableData {
  const columns: ChartColumn[] = [
    { key: 'dayOfPeriod', label: 'Day of period', kind: 'number' },
    ...series.map((s) => ({ key: keyOf(s), label: nameOf(s), kind: 'number' as const })),
  ];
  return { caption: `${title}: deliveries so far on each day`, columns, rows: [...rows] };
}

export interface CumulativeChartProps {
  series: readonly CumulativeSeries[];
  kpis: Kpis;
  caption: ChartCaption;
}

function plotSeriesOf(ordered: readonly CumulativeSeries[], theme: ChartTheme): PlotSeries[] {
  return ordered.map((s) => ({
    key: keyOf(s),
    name: nameOf(s),
    colour: s.isCurrent ? theme.deliveries : s.isRecord ? theme.record : theme.faded,
    mark: 'line',
    shape: s.isCurrent ? 'line' : s.isRecord ? 'dashed' : 'thin',
    strokeWidth: s.isCurrent ? 3 : s.isRecord ? 2 : 1.5,
  }));
}

export function CumulativeChart({ series, kpis, caption }: CumulativeChartProps) {
  const theme = useChartTheme();
  const format = useChartFormat();
  const { period, target } = kpis;
  const length = Math.max(
    periodDays(period),
    ...series.map((s) => s.points.at(-1)?.dayOfPeriod ?? 0),
  );
  const rows = useMemo(() => rowsOf(series, length), [series, length]);
  const ordered = useMemo(() => drawingOrder(series), [series]);
  const drawn = useMemo(() => {
    const values: SeriesValue<CumulativeRow>[] = series.map((s) => (row) => row[keyOf(s)] ?? null);
    return thinRows(rows, values);
  }, [rows, series]);
  const title = `Cumulative deliveries by day of period — ${period.label} vs earlier ${period.kind === 'quarter' ? 'quarters' : 'months'}`;
  const table = useMemo(() => tableOf(series, rows, title), [series, rows, title]);
  const yWidth = yAxisWidth(
    [target.value, ...series.map((s) => s.points.at(-1)?.cumulative ?? null)],
    format.axisNumber,
  );
  const earlier = series.filter((s) => !s.isCurrent && !s.isRecord).length;
  const record = series.find((s) => s.isRecord);
  // Earlier periods share one legend entry: they are context, told apart in the tooltip.
  const legend: LegendItem[] = [
    { label: `${period.label} (this period)`, colour: theme.deliveries, shape: 'line' },
    ...(record
      ? [
          {
            label: `${record.periodLabel} (record)`,
            colour: theme.record,
            shape: 'dashed' as const,
          },
        ]
      : []),
    ...(earlier > 0
      ? [{ label: `Earlier (${earlier})`, colour: theme.faded, shape: 'thin' as const }]
      : []),
  ];
  const references: PlotReference[] =
    target.value !== null && targetInWords(kpis, format)
      ? [
          {
            axis: 'y',
            value: target.value,
            colour: theme.target,
            label: `${target.kind === 'goal' ? 'Goal' : 'Record'} ${format.axisNumber(target.value)}`,
            labelPosition: 'insideTopLeft',
            extendDomain: true,
          },
        ]
      : [];

  return (
    <ChartFrame
      chartId="cumulative"
      title={title}
      caption={caption}
      summary={summaryOf(series, format)}
      height={280}
      legend={legend}
      note={granularityNote(kpis, 'spread') ?? undefined}
      table={table}
    >
      {(size) => (
        <ChartPlot
          size={size}
          data={drawn}
          x={{
            dataKey: 'dayOfPeriod',
            type: 'number',
            domain: [1, length],
            ticks: dayOfPeriodTicks(length, maxTicksForWidth(size.width - yWidth, 40)),
          }}
          y={[{ width: yWidth, format: 'number' }]}
          series={plotSeriesOf(ordered, theme)}
          references={references}
          tooltip={{ heading: 'day-of-period', value: 'number' }}
        />
      )}
    </ChartFrame>
  );
}
