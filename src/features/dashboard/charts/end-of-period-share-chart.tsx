import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import {
  ChartFrame,
  PLOT_MARGIN,
  axisStyle,
  chartTooltip,
  gridStyle,
  useChartFormat,
  useChartTheme,
  type ChartCaption,
  type ChartTableData,
  type LegendItem,
} from '../../../components/chart';
import { MAX_MARKS_PER_CHART, type ChartFormat } from '../../../domain/charts';
import type { EndOfPeriodShare } from '../../../domain/metrics';

const NAMES = { lastMonthShare: 'Last month', last14DaysShare: 'Last 14 days' } as const;
const TITLE = 'The end-of-quarter wave: share of deliveries at the end of each quarter';

function summaryOf(shares: readonly EndOfPeriodShare[], format: ChartFormat): string {
  const latest = shares.at(-1);
  if (!latest) return 'No complete quarter in the data yet.';
  return `${latest.periodLabel}: ${format.percent(latest.lastMonthShare)} of ${format.axisNumber(latest.total)} deliveries in the last month, ${format.percent(latest.last14DaysShare)} in the last 14 days.`;
}

function tableOf(shares: readonly EndOfPeriodShare[]): ChartTableData {
  return {
    caption: `${TITLE}, per complete quarter`,
    columns: [
      { key: 'periodLabel', label: 'Quarter', kind: 'text' },
      { key: 'total', label: 'Deliveries', kind: 'number' },
      { key: 'lastMonthShare', label: NAMES.lastMonthShare, kind: 'percent' },
      { key: 'last14DaysShare', label: NAMES.last14DaysShare, kind: 'percent' },
    ],
    rows: shares.map((s) => ({ ...s })),
  };
}

export interface EndOfPeriodShareChartProps {
  shares: readonly EndOfPeriodShare[];
  caption: ChartCaption;
}

/** Per complete quarter: how much of it was delivered in its last month and last 14 days. */
export function EndOfPeriodShareChart({ shares, caption }: EndOfPeriodShareChartProps) {
  const theme = useChartTheme();
  const format = useChartFormat();
  // Two bars a quarter: centuries of quarters fit the budget; beyond that, the latest ones.
  const rows = shares.slice(-Math.floor(MAX_MARKS_PER_CHART / 2));
  const table = useMemo(() => tableOf(shares), [shares]);
  const tooltip = useMemo(
    () =>
      chartTooltip({
        theme,
        label: (label) => String(label),
        value: (value) => format.percent(value),
      }),
    [theme, format],
  );
  const legend: LegendItem[] = [
    { label: NAMES.lastMonthShare, colour: theme.deliveries, shape: 'area' },
    { label: NAMES.last14DaysShare, colour: theme.deliveries, shape: 'bar' },
  ];

  return (
    <ChartFrame
      chartId="end-of-period-share"
      title={TITLE}
      caption={caption}
      summary={summaryOf(shares, format)}
      height={240}
      legend={legend}
      note={
        shares.length === 0
          ? 'Needs at least one quarter covered by the data from its first to its last day.'
          : undefined
      }
      table={table}
    >
      {({ width, height }) => (
        <BarChart
          width={width}
          height={height}
          data={rows}
          margin={PLOT_MARGIN}
          accessibilityLayer={false}
          barGap={2}
        >
          <CartesianGrid {...gridStyle(theme)} vertical={false} />
          <XAxis dataKey="periodLabel" {...axisStyle(theme)} />
          <YAxis
            width={48}
            domain={[0, 1]}
            tickFormatter={(share: number) => format.percent(share)}
            {...axisStyle(theme)}
          />
          <Tooltip content={tooltip} cursor={{ fill: theme.grid, fillOpacity: 0.5 }} />
          {/* Both bars are deliveries: one hue, the longer span lighter. */}
          <Bar
            dataKey="lastMonthShare"
            name={NAMES.lastMonthShare}
            fill={theme.deliveries}
            fillOpacity={0.35}
            stroke={theme.deliveries}
            isAnimationActive={false}
          />
          <Bar
            dataKey="last14DaysShare"
            name={NAMES.last14DaysShare}
            fill={theme.deliveries}
            isAnimationActive={false}
          />
        </BarChart>
      )}
    </ChartFrame>
  );
}
