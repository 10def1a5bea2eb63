import { useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
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
  type ChartTableData,
  type LegendItem,
} from '../../../components/chart';
import {
  dayTicks,
  maxTicksForWidth,
  thinRows,
  yAxisWidth,
  type ChartFormat,
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

export function BurnDownChart({ points, kpis, caption }: BurnDownChartProps) {
  const theme = useChartTheme();
  const format = useChartFormat();
  const { period, target } = kpis;
  const title = burnDownTitle(kpis, format);
  const rows = useMemo(() => thinRows(points, SERIES), [points]);
  const table = useMemo(() => tableOf(points, title), [points, title]);
  const tooltip = useMemo(
    () =>
      chartTooltip({
        theme,
        label: (day) => (typeof day === 'number' ? format.longDay(day) : ''),
        value: (value) => format.exactNumber(value),
      }),
    [theme, format],
  );
  const levelOfRecord = recordLevel(kpis);
  const yWidth = yAxisWidth([target.value, ...points.map((p) => p.remaining)], format.axisNumber);
  const legend: LegendItem[] = [
    { label: NAMES.remaining, colour: theme.deliveries, shape: 'area' },
    { label: NAMES.ideal, colour: theme.ideal, shape: 'dashed' },
    { label: NAMES.projected, colour: theme.deliveries, shape: 'dashed' },
    { label: NAMES.required, colour: theme.target, shape: 'dotted' },
  ];
  const notes = [granularityNote(kpis, 'spread')];
  if (kpis.record && target.kind === 'goal' && levelOfRecord === null && target.value !== null) {
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
      legend={target.value === null ? [] : legend}
      note={note || undefined}
      table={table}
    >
      {({ width, height }) => (
        <ComposedChart
          width={width}
          height={height}
          data={rows}
          margin={PLOT_MARGIN}
          accessibilityLayer={false}
        >
          <CartesianGrid {...gridStyle(theme)} vertical={false} />
          <XAxis
            dataKey="day"
            type="number"
            domain={[period.start, period.end]}
            ticks={dayTicks(period.start, period.end, maxTicksForWidth(width - yWidth))}
            tickFormatter={format.shortDay}
            {...axisStyle(theme)}
          />
          <YAxis width={yWidth} tickFormatter={format.axisNumber} {...axisStyle(theme)} />
          <Tooltip content={tooltip} />
          <Area
            dataKey="remaining"
            name={NAMES.remaining}
            stroke={theme.deliveries}
            strokeWidth={2.5}
            fill={theme.deliveries}
            fillOpacity={0.15}
            isAnimationActive={false}
          />
          <Line
            dataKey="ideal"
            name={NAMES.ideal}
            stroke={theme.ideal}
            strokeDasharray={DASHES.dashed}
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="projected"
            name={NAMES.projected}
            stroke={theme.deliveries}
            strokeDasharray={DASHES.dashed}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="required"
            name={NAMES.required}
            stroke={theme.target}
            strokeDasharray={DASHES.dotted}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          {target.value !== null && (
            <ReferenceLine
              y={target.value}
              stroke={theme.target}
              ifOverflow="extendDomain"
              label={referenceLabel(
                `${target.kind === 'goal' ? 'Goal' : 'Record'} ${format.axisNumber(target.value)}`,
                theme.target,
              )}
            />
          )}
          {levelOfRecord !== null && kpis.record && (
            <ReferenceLine
              y={levelOfRecord}
              stroke={theme.record}
              strokeDasharray={DASHES.dashed}
              label={referenceLabel(
                `Record ${kpis.record.periodLabel} (${format.axisNumber(kpis.record.total)}) beaten below`,
                theme.record,
              )}
            />
          )}
          {kpis.asOf !== null && (
            <ReferenceLine
              x={kpis.asOf}
              stroke={theme.axis}
              label={referenceLabel(
                `As of ${format.shortDay(kpis.asOf)}`,
                theme.mutedText,
                // Left of the line, where the period has passed: never cut off at the end.
                'insideBottomRight',
              )}
            />
          )}
        </ComposedChart>
      )}
    </ChartFrame>
  );
}
