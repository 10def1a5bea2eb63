import type { ChartCaption } from '../../../components/chart';
import { regionsOf, type ChartSeriesInput } from '../../../domain/charts/chart-series';
import { RegionCharts } from './region-charts';
import { useChartSeriesPart, useRegionSeries } from './use-chart-series';

interface RegionSlotProps {
  input: ChartSeriesInput;
  caption: ChartCaption;
}

/**
 * One region's series computed in a render of its own (it draws nothing): a region's KPIs and
 * cumulative take a pass over the data each, and all of them in one render could alone block the
 * page past 50 ms. React may yield between these renders.
 */
function RegionSeriesTurn({ region, input }: { region: string; input: ChartSeriesInput }) {
  useRegionSeries(region, input);
  return null;
}

/**
 * The small multiples are ordered by every region's gap and share one scale, so they need all the
 * regions at once: they are put together after the turns above, from the regions they left in
 * the cache (any region a turn did not reach is computed there, so the result never depends on
 * the order React renders in — only how the work is cut does).
 */
function RegionChartsOfAll({ input, caption }: RegionSlotProps) {
  const regions = useChartSeriesPart('regions', input);
  return (
    <RegionCharts
      regions={regions}
      ownRecords={input.selection.regions.length !== 1}
      caption={caption}
    />
  );
}

export function RegionChartsSlot({ input, caption }: RegionSlotProps) {
  const names = regionsOf(input.dataset, input.selection);
  return (
    <>
      {names.map((region) => (
        <RegionSeriesTurn key={region} region={region} input={input} />
      ))}
      <RegionChartsOfAll input={input} caption={caption} />
    </>
  );
}
