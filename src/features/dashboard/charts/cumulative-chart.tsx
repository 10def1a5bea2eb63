import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import {
  ChartFrame,
  DASHES,
  PLOT_MARGIN,
  axisStyle,
  chartTooltip,
  gridStyle,
  referenceLabel,
  useChartFormat,
  useChartTheme,
  type ChartCaption,
  type ChartColumn,
  type ChartTableData,
  type LegendItem,
} from '../../../components/chart';
import {
  dayOfPeriodTicks,
  maxTicksForWidth,
  thinRows,
  yAxisWidth,
  type ChartFormat,
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
  const tooltip = useMemo(
    () =>
      chartTooltip({
        theme,
        label: (dayOfPeriod) => `Day ${String(dayOfPeriod)} of the period`,
        value: (value) => format.exactNumber(value),
      }),
    [theme, format],
  );
  const yWidth = yAxisWidth(
    [target.value, ...series.map((s) => s.points.at(-1)?.cumulative ?? null)],
    format.axisNumber,
  );
  const earlier = series.filter((s) => !s.isCurrent && !s.isRecord).length;
  const record = series.find((s) => s.isRecord);
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
  const targetWords = targetInWords(kpis, format);

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
      {({ width, height }) => (
        <LineChart
          width={width}
          height={height}
          data={drawn}
          margin={PLOT_MARGIN}
          accessibilityLayer={false}
        >
          <CartesianGrid {...gridStyle(theme)} vertical={false} />
          <XAxis
            dataKey="dayOfPeriod"
            type="number"
            domain={[1, length]}
            ticks={dayOfPeriodTicks(length, maxTicksForWidth(width - yWidth, 40))}
            {...axisStyle(theme)}
          />
          <YAxis width={yWidth} tickFormatter={format.axisNumber} {...axisStyle(theme)} />
          <Tooltip content={tooltip} />
          {ordered.map((s) => (
            <Line
              key={keyOf(s)}
              dataKey={keyOf(s)}
              name={nameOf(s)}
              stroke={s.isCurrent ? theme.deliveries : s.isRecord ? theme.record : theme.faded}
              strokeWidth={s.isCurrent ? 3 : s.isRecord ? 2 : 1.5}
              strokeDasharray={s.isRecord && !s.isCurrent ? DASHES.dashed : undefined}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {target.value !== null && targetWords && (
            <ReferenceLine
              y={target.value}
              stroke={theme.target}
              ifOverflow="extendDomain"
              label={referenceLabel(
                `${target.kind === 'goal' ? 'Goal' : 'Record'} ${format.axisNumber(target.value)}`,
                theme.target,
                'insideTopLeft',
              )}
            />
          )}
        </LineChart>
      )}
    </ChartFrame>
  );
}
