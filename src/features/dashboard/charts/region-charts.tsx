import { memo, useId, useMemo } from 'react';
import {
  ChartFrame,
  ChartLegend,
  ChartPlot,
  legendOf,
  useChartFormat,
  useChartTheme,
  type ChartCaption,
  type PlotSeries,
} from '../../../components/chart';
import {
  dayOfPeriodTicks,
  maxTicksForWidth,
  niceScale,
  yAxisWidth,
  type ChartTheme,
  type RegionSeries,
} from '../../../domain/charts';
import { regionLabel } from '../../../domain/records/regions';
import { rowsOf, sortByGap } from '../../../domain/charts/region-rows';
import { summaryOf, tableOf, titleOf } from './region-chart-data';
import { useLingering } from './use-lingering';

interface RegionChartProps {
  entry: RegionSeries;
  scale: { top: number; ticks: number[] };
  caption: ChartCaption;
}

const SMALL_MARGIN = { top: 14, right: 8, bottom: 0, left: 0 };

function seriesOf(theme: ChartTheme): PlotSeries[] {
  return [
    {
      key: 'delivered',
      name: 'Delivered so far',
      colour: theme.deliveries,
      mark: 'line',
      shape: 'line',
    },
    {
      key: 'projected',
      name: 'At current pace',
      colour: theme.deliveries,
      mark: 'line',
      shape: 'dashed',
      strokeWidth: 2,
      connectNulls: true,
    },
  ];
}

// Memoised: a region whose series did not change is not drawn again.
const RegionChart = memo(function RegionChart({ entry, scale, caption }: RegionChartProps) {
  const theme = useChartTheme();
  const format = useChartFormat();
  const { kpis } = entry;
  const rows = useMemo(() => rowsOf(entry), [entry]);
  const table = useMemo(() => tableOf(entry, rows), [entry, rows]);
  const length = rows.length;
  const yWidth = yAxisWidth([scale.top], format.axisNumber);
  const name = regionLabel(entry.region);
  const target = kpis.target.value;

  return (
    <ChartFrame
      chartId={`region-${entry.region.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`}
      title={titleOf(entry, format)}
      caption={{ ...caption, selection: `${name} · ${caption.selection.split(' · ')[1] ?? ''}` }}
      summary={summaryOf(entry, format)}
      height={160}
      table={table}
      headingLevel={4}
    >
      {(size) => (
        <ChartPlot
          size={size}
          data={rows}
          margin={SMALL_MARGIN}
          x={{
            dataKey: 'dayOfPeriod',
            type: 'number',
            domain: [1, length],
            ticks: dayOfPeriodTicks(length, maxTicksForWidth(size.width - yWidth, 36)),
          }}
          y={[
            {
              width: yWidth,
              domain: [0, scale.top],
              ticks: scale.ticks,
              allowDataOverflow: true,
              format: 'number',
            },
          ]}
          series={seriesOf(theme)}
          references={
            target === null
              ? []
              : [
                  {
                    axis: 'y',
                    value: target,
                    colour: theme.target,
                    label: `Target ${format.axisNumber(target)}`,
                    labelPosition: 'insideTopLeft',
                  },
                ]
          }
          tooltip={{ heading: { field: 'day', kind: 'day' }, value: 'number' }}
        />
      )}
    </ChartFrame>
  );
});

const regionOfItem = (item: RegionChartProps) => item.entry.region;

export interface RegionChartsProps {
  regions: readonly RegionSeries[];
  /** True when the regions are measured against their own records, not the selection's goal. */
  ownRecords: boolean;
  caption: ChartCaption;
}

/** One small chart per region, on one y scale so that their sizes compare honestly. */
export function RegionCharts({ regions, ownRecords, caption }: RegionChartsProps) {
  const theme = useChartTheme();
  const headingId = useId();
  const sorted = useMemo(() => sortByGap(regions), [regions]);
  const top = Math.max(
    ...regions.flatMap(({ kpis }) => [
      kpis.target.value ?? 0,
      kpis.projectedTotal ?? 0,
      kpis.deliveriesToDate,
    ]),
  );
  const scale = useMemo(() => niceScale(top), [top]);
  // Each chart with what it was drawn with, so that a leaving one stays as it was until it goes.
  const drawn = useMemo(
    () => sorted.map((entry) => ({ entry, scale, caption })),
    [sorted, scale, caption],
  );
  const shown = useLingering(drawn, regionOfItem);
  const legend = [
    ...legendOf(seriesOf(theme)),
    { label: 'Target', colour: theme.target, shape: 'thin' as const },
  ];
  if (regions.length === 0) return null;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h3 id={headingId} className="text-base font-semibold">
        By region: deliveries so far against each region&apos;s target
      </h3>
      <p className="text-sm">
        Same scale for every region, most behind first.
        {ownRecords && ' Each region is measured against its own record.'}
      </p>
      <ChartLegend items={legend} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {shown.map(({ item, leaving }) => (
          <div
            key={item.entry.region}
            hidden={leaving}
            className="min-w-0"
            data-plot-pending={leaving ? '' : undefined}
          >
            <RegionChart entry={item.entry} scale={item.scale} caption={item.caption} />
          </div>
        ))}
      </div>
    </section>
  );
}
