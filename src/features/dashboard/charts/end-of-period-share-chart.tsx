import { memo, useMemo } from 'react';
import {
  ChartFrame,
  ChartPlot,
  legendOf,
  useChartFormat,
  useChartTheme,
  type ChartCaption,
  type ChartTableData,
  type PlotSeries,
} from '../../../components/chart';
import {
  MAX_MARKS_PER_CHART,
  categoryTicks,
  maxTicksForWidth,
  type ChartFormat,
} from '../../../domain/charts';
import type { EndOfPeriodShare } from '../../../domain/metrics';

const NAMES = { lastMonthShare: 'Last month', last14DaysShare: 'Last 14 days' } as const;
const TITLE = 'The end-of-quarter wave: share of deliveries at the end of each quarter';
const Y_AXIS_PX = 48;
/** About how wide a quarter's label ("2019 Q4") is, with room around it. */
const QUARTER_LABEL_PX = 72;

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

/**
 * Per complete quarter: how much of it was delivered in its last month and last 14 days.
 * Memoised: the shares do not depend on the period, so a period change leaves the chart as it is.
 */
export const EndOfPeriodShareChart = memo(function EndOfPeriodShareChart({
  shares,
  caption,
}: EndOfPeriodShareChartProps) {
  const theme = useChartTheme();
  const format = useChartFormat();
  // Two bars a quarter: centuries of quarters fit the budget; beyond that, the latest ones.
  const rows = useMemo(() => shares.slice(-Math.floor(MAX_MARKS_PER_CHART / 2)), [shares]);
  const table = useMemo(() => tableOf(shares), [shares]);
  const labels = useMemo(() => rows.map((share) => share.periodLabel), [rows]);
  // Both bars are deliveries: one hue, the longer span lighter.
  const series: PlotSeries[] = [
    {
      key: 'lastMonthShare',
      name: NAMES.lastMonthShare,
      colour: theme.deliveries,
      mark: 'bar',
      shape: 'area',
      fillOpacity: 0.35,
      outline: true,
    },
    {
      key: 'last14DaysShare',
      name: NAMES.last14DaysShare,
      colour: theme.deliveries,
      mark: 'bar',
      shape: 'bar',
    },
  ];

  return (
    <ChartFrame
      chartId="end-of-period-share"
      title={TITLE}
      caption={caption}
      summary={summaryOf(shares, format)}
      height={240}
      legend={legendOf(series)}
      table={table}
      empty={
        shares.length === 0
          ? 'Needs at least one quarter covered by the data from its first to its last day.'
          : undefined
      }
    >
      {(size) => (
        <ChartPlot
          size={size}
          data={rows}
          x={{
            dataKey: 'periodLabel',
            type: 'category',
            ticks: categoryTicks(
              labels,
              maxTicksForWidth(size.width - Y_AXIS_PX, QUARTER_LABEL_PX),
            ),
          }}
          y={[{ width: Y_AXIS_PX, domain: [0, 1], format: 'percent' }]}
          series={series}
          tooltip={{ heading: 'text', value: 'percent', cursor: 'band' }}
          barGap={2}
        />
      )}
    </ChartFrame>
  );
});
