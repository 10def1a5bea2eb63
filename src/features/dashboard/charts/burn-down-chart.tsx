import { useMemo } from 'react';
import {
  ChartFrame,
  ChartPlot,
  legendOf,
  useChartFormat,
  useChartTheme,
  type ChartCaption,
  type ChartTableData,
  type PlotReference,
  type PlotSeries,
} from '../../../components/chart';
import {
  dayTicks,
  maxTicksForWidth,
  thinRows,
  yAxisWidth,
  type ChartFormat,
  type ChartTheme,
  type SeriesValue,
} from '../../../domain/charts';
import type { BurnDownPoint, Kpis } from '../../../domain/metrics';
import { granularityNote, targetInWords } from './chart-captions';

const SERIES: readonly SeriesValue<BurnDownPoint>[] = [
  (p) => p.remaining,
  (p) => p.ideal,
  (p) => p.projected,
  (p) => p.required,
];

const NAMES = {
  remaining: 'Remaining',
  ideal: 'Ideal',
  projected: 'At current pace',
  required: 'At required rate',
} as const;

export function burnDownTitle(kpis: Kpis, format: ChartFormat): string {
  const target = targetInWords(kpis, format);
  return target
    ? `Burn-down to ${target} — ${kpis.period.label}`
    : `Burn-down — ${kpis.period.label}`;
}

function summaryOf(kpis: Kpis, format: ChartFormat): string {
  const target = targetInWords(kpis, format);
  if (!target || kpis.remaining === null) {
    return 'No target: set a goal or type a record to see what remains.';
  }
  if (kpis.asOf === null) return `No deliveries yet toward ${target}.`;
  const parts = [
    `${format.axisNumber(kpis.remaining)} remaining to ${target} on ${format.longDay(kpis.asOf)}, ${kpis.daysLeft} days left.`,
  ];
  if (kpis.requiredPerDay !== null) {
    parts.push(`Needs ${format.axisNumber(kpis.requiredPerDay)} a day.`);
  }
  if (kpis.pacePerDay !== null && kpis.projectedTotal !== null) {
    parts.push(
      `At the current ${format.axisNumber(kpis.pacePerDay)} a day the period ends at ${format.axisNumber(kpis.projectedTotal)}.`,
    );
  }
  return parts.join(' ');
}

function tableOf(points: readonly BurnDownPoint[], title: string): ChartTableData {
  return {
    caption: `${title}, per day`,
    columns: [
      { key: 'day', label: 'Date', kind: 'day' },
      { key: 'remaining', label: NAMES.remaining, kind: 'number' },
      { key: 'ideal', label: NAMES.ideal, kind: 'number' },
      { key: 'projected', label: NAMES.projected, kind: 'number' },
      { key: 'required', label: NAMES.required, kind: 'number' },
    ],
    rows: points.map((p) => ({ ...p })),
  };
}

/**
 * The record as a line on a chart of what remains to the target: the record is beaten once
 * remaining falls below target − record. Only drawn when that is above 0 (the record is lower).
 */
function recordLevel(kpis: Kpis): number | null {
  const { record, target } = kpis;
  if (!record || target.value === null || target.kind === 'record') return null;
  const level = target.value - record.total;
  return level > 0 ? level : null;
}

export interface BurnDownChartProps {
  points: readonly BurnDownPoint[];
  kpis: Kpis;
  caption: ChartCaption;
}

function seriesOf(theme: ChartTheme): PlotSeries[] {
  return [
    {
      key: 'remaining',
      name: NAMES.remaining,
      colour: theme.deliveries,
      mark: 'area',
      shape: 'area',
    },
    {
      key: 'ideal',
      name: NAMES.ideal,
      colour: theme.ideal,
      mark: 'line',
      shape: 'dashed',
      strokeWidth: 1.5,
    },
    {
      key: 'projected',
      name: NAMES.projected,
      colour: theme.deliveries,
      mark: 'line',
      shape: 'dashed',
    },
    { key: 'required', name: NAMES.required, colour: theme.target, mark: 'line', shape: 'dotted' },
  ];
}

function referencesOf(kpis: Kpis, theme: ChartTheme, format: ChartFormat): PlotReference[] {
  const { target, record, asOf } = kpis;
  const references: PlotReference[] = [];
  if (target.value !== null) {
    references.push({
      axis: 'y',
      value: target.value,
      colour: theme.target,
      label: `${target.kind === 'goal' ? 'Goal' : 'Record'} ${format.axisNumber(target.value)}`,
      extendDomain: true,
    });
  }
  const levelOfRecord = recordLevel(kpis);
  if (levelOfRecord !== null && record) {
    references.push({
      axis: 'y',
      value: levelOfRecord,
      colour: theme.record,
      shape: 'dashed',
      label: `Record ${record.periodLabel} (${format.axisNumber(record.total)}) beaten below`,
    });
  }
  if (asOf !== null) {
    references.push({
      axis: 'x',
      value: asOf,
      colour: theme.axis,
      labelColour: theme.mutedText,
      label: `As of ${format.shortDay(asOf)}`,
      // Left of the line, where the period has passed: never cut off at the end.
      labelPosition: 'insideBottomRight',
    });
  }
  return references;
}

export function BurnDownChart({ points, kpis, caption }: BurnDownChartProps) {
  const theme = useChartTheme();
  const format = useChartFormat();
  const { period, target } = kpis;
  const title = burnDownTitle(kpis, format);
  const rows = useMemo(() => thinRows(points, SERIES), [points]);
  const table = useMemo(() => tableOf(points, title), [points, title]);
  const yWidth = yAxisWidth([target.value, ...points.map((p) => p.remaining)], format.axisNumber);
  const series = seriesOf(theme);
  const notes = [granularityNote(kpis, 'spread')];
  if (
    kpis.record &&
    target.kind === 'goal' &&
    recordLevel(kpis) === null &&
    target.value !== null
  ) {
    notes.push(
      `The ${kpis.record.periodLabel} record (${format.axisNumber(kpis.record.total)}) is not below the goal: reaching the goal does not beat it.`,
    );
  }
  const note = notes.filter(Boolean).join(' ');

  return (
    <ChartFrame
      chartId="burn-down"
      title={title}
      caption={caption}
      summary={summaryOf(kpis, format)}
      height={320}
      legend={legendOf(series)}
      note={note || undefined}
      table={table}
      empty={target.value === null ? summaryOf(kpis, format) : undefined}
    >
      {(size) => (
        <ChartPlot
          size={size}
          data={rows}
          x={{
            dataKey: 'day',
            type: 'number',
            domain: [period.start, period.end],
            ticks: dayTicks(period.start, period.end, maxTicksForWidth(size.width - yWidth)),
            format: 'day',
          }}
          y={[{ width: yWidth, format: 'number' }]}
          series={series}
          references={referencesOf(kpis, theme, format)}
          tooltip={{ heading: 'day', value: 'number' }}
        />
      )}
    </ChartFrame>
  );
}
