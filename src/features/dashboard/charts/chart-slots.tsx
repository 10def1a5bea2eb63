import type { ChartCaption } from '../../../components/chart';
import type { ChartSeriesInput } from '../../../domain/charts/chart-series';
import type { Kpis } from '../../../domain/metrics';
import { BurnDownChart } from './burn-down-chart';
import { CumulativeChart } from './cumulative-chart';
import { DailyChart } from './daily-chart';
import { EndOfPeriodShareChart } from './end-of-period-share-chart';
import { ModelMixChart } from './model-mix-chart';
import { useChartSeriesPart } from './use-chart-series';

/**
 * Each chart's slot computes the chart's series in its own render and hands them to the chart,
 * which only draws: the dashboard's view change is then one short render per chart, not one long
 * one, and a slot held off screen computes nothing until it catches up.
 */
export interface ChartSlotProps {
  input: ChartSeriesInput;
  /** The KPIs of the whole selection, as the page shows them. */
  kpis: Kpis;
  caption: ChartCaption;
}

export function BurnDownSlot({ input, kpis, caption }: ChartSlotProps) {
  const points = useChartSeriesPart('burnDown', input);
  return <BurnDownChart points={points} kpis={kpis} caption={caption} />;
}

export function DailySlot({ input, kpis, caption }: ChartSlotProps) {
  const points = useChartSeriesPart('daily', input);
  return <DailyChart points={points} kpis={kpis} caption={caption} />;
}

export function CumulativeSlot({ input, kpis, caption }: ChartSlotProps) {
  const series = useChartSeriesPart('cumulative', input);
  return <CumulativeChart series={series} kpis={kpis} caption={caption} />;
}

export function ModelMixSlot({ input, kpis, caption }: ChartSlotProps) {
  const mix = useChartSeriesPart('modelMix', input);
  return <ModelMixChart mix={mix} kpis={kpis} caption={caption} />;
}

export function EndOfPeriodShareSlot({ input, caption }: Omit<ChartSlotProps, 'kpis'>) {
  const shares = useChartSeriesPart('endOfPeriodShares', input);
  return <EndOfPeriodShareChart shares={shares} caption={caption} />;
}
