import type { Selection, TargetSettings } from '../metrics';
import type { Period } from '../periods/types';
import type { Dataset } from '../records/dataset';
import {
  CHART_SERIES_PARTS,
  COMPUTE_PART,
  computeRegionSeries,
  partKey,
  regionKey,
  regionsOf,
  type ChartSeries,
  type ChartSeriesInput,
  type ChartSeriesPart,
  type RegionSeries,
} from './chart-series-parts';

export {
  CHART_SERIES_PARTS,
  EARLIER_PERIODS_COMPARED,
  regionsOf,
  type ChartSeries,
  type ChartSeriesInput,
  type ChartSeriesPart,
  type RegionSeries,
} from './chart-series-parts';

/**
 * Chart series for one view after another, each recomputed only when what it depends on changed:
 * a series keeps its identity otherwise (the wave when only the period changes), so a chart
 * memoised on its series is not drawn again. Input objects may be new on every call; they are
 * compared by value. The dataset is compared by identity (datasets are never mutated).
 */
export interface ChartSeriesCache {
  /** Every chart's series; the same object while no part of it changed. */
  (input: ChartSeriesInput): ChartSeries;
  /**
   * One chart's series, so that each chart can compute its own in its own render (a long view
   * change is then cut into pieces the page can breathe between).
   */
  part<P extends ChartSeriesPart>(part: P, input: ChartSeriesInput): ChartSeries[P];
  /**
   * One region's small chart series (a region of `regionsOf`). The regions part is put together
   * from these, so regions asked for one by one beforehand are not computed again.
   */
  region(region: string, input: ChartSeriesInput): RegionSeries;
}

interface Entry {
  dataset: Dataset;
  key: string;
  value: unknown;
}

export function chartSeriesCache(): ChartSeriesCache {
  // Each entry holds its own dataset, so that a chart still showing an older dataset recomputes
  // only its own part, and does not throw away the others' (charts catch up at different times).
  const parts = new Map<ChartSeriesPart, Entry>();
  let regionsDataset: Dataset | null = null;
  const regions = new Map<string, Entry>();
  let whole: ChartSeries | null = null;

  function region(name: string, input: ChartSeriesInput): RegionSeries {
    if (input.dataset !== regionsDataset) {
      regions.clear();
      regionsDataset = input.dataset;
    }
    const key = regionKey(name, input);
    const cached = regions.get(name);
    if (cached && cached.key === key) return cached.value as RegionSeries;
    const value = computeRegionSeries(name, input);
    regions.set(name, { dataset: input.dataset, key, value });
    return value;
  }

  function computePart<P extends ChartSeriesPart>(
    part: P,
    input: ChartSeriesInput,
  ): ChartSeries[P] {
    if (part === 'regions') {
      const names = regionsOf(input.dataset, input.selection);
      return names.map((name) => region(name, input)) as ChartSeries[P];
    }
    return COMPUTE_PART[part as Exclude<P, 'regions'>](input) as ChartSeries[P];
  }

  function part<P extends ChartSeriesPart>(name: P, input: ChartSeriesInput): ChartSeries[P] {
    const key = partKey(name, input);
    const cached = parts.get(name);
    if (cached && cached.dataset === input.dataset && cached.key === key) {
      return cached.value as ChartSeries[P];
    }
    const value = computePart(name, input);
    parts.set(name, { dataset: input.dataset, key, value });
    return value;
  }

  function all(input: ChartSeriesInput): ChartSeries {
    const next = {} as Record<ChartSeriesPart, unknown>;
    for (const name of CHART_SERIES_PARTS) next[name] = part(name, input);
    if (whole && CHART_SERIES_PARTS.every((name) => whole?.[name] === next[name])) return whole;
    whole = next as ChartSeries;
    return whole;
  }

  return Object.assign(all, { part, region });
}

/** Every chart's series for one view (no cache). */
export function computeChartSeries(
  dataset: Dataset,
  period: Period,
  selection: Selection,
  settings: TargetSettings,
): ChartSeries {
  return chartSeriesCache()({ dataset, period, selection, settings });
}
