import {
  burnDownSeries,
  computeKpis,
  cumulativeByDayOfPeriod,
  dailySeries,
  endOfPeriodShares,
  modelMix,
  type BurnDownPoint,
  type CumulativeSeries,
  type DailyPoint,
  type EndOfPeriodShare,
  type Kpis,
  type ModelDeliveries,
  type Selection,
  type TargetSettings,
} from '../metrics';
import { fiscalStartOf } from '../periods';
import type { Period } from '../periods/types';
import type { Dataset } from '../records/dataset';
import { regionTree } from '../records/regions';

/** How many earlier periods the cumulative chart compares with (the record is added if older). */
export const EARLIER_PERIODS_COMPARED = 4;

export interface RegionSeries {
  /** The region as selected: a continent name or a region value of the data. */
  region: string;
  kpis: Kpis;
  /** This period's cumulative deliveries; null when the region has none yet. */
  cumulative: CumulativeSeries | null;
}

export interface ChartSeries {
  daily: DailyPoint[];
  burnDown: BurnDownPoint[];
  cumulative: CumulativeSeries[];
  regions: RegionSeries[];
  modelMix: ModelDeliveries[];
  endOfPeriodShares: EndOfPeriodShare[];
}

export interface ChartSeriesInput {
  dataset: Dataset;
  period: Period;
  selection: Selection;
  settings: TargetSettings;
}

/** The regions that get a small chart: continents for "All regions", else the selected ones. */
export function regionsOf(dataset: Dataset, selection: Selection): string[] {
  return selection.regions.length === 0
    ? regionTree(dataset).map((group) => group.continent)
    : [...selection.regions];
}

/**
 * Each region alone. A goal is set for the whole selection, so a region is measured against its
 * own record, unless it is the whole selection.
 */
function regionSeries({ dataset, period, selection, settings }: ChartSeriesInput): RegionSeries[] {
  return regionsOf(dataset, selection).map((region) => {
    const alone: Selection = { regions: [region], models: selection.models };
    const regionSettings: TargetSettings =
      selection.regions.length === 1 ? settings : { openingBacklog: settings.openingBacklog };
    const kpis = computeKpis(dataset, period, alone, regionSettings, { simulate: false });
    const cumulative =
      cumulativeByDayOfPeriod(dataset, period, alone, { compareWith: 0 }).find(
        (series) => series.isCurrent,
      ) ?? null;
    return { region, kpis, cumulative };
  });
}

function waveFiscalStart(period: Period) {
  return period.kind === 'quarter' ? fiscalStartOf(period) : 1;
}

/** What each series depends on, as text: equal text, equal series. */
type Part = keyof ChartSeries;
const KEY_PARTS: Readonly<Record<Part, readonly ('period' | 'selection' | 'settings' | 'wave')[]>> =
  {
    daily: ['period', 'selection', 'settings'],
    burnDown: ['period', 'selection', 'settings'],
    cumulative: ['period', 'selection'],
    regions: ['period', 'selection', 'settings'],
    modelMix: ['period', 'selection'],
    endOfPeriodShares: ['wave', 'selection'],
  };

const COMPUTE: { [P in Part]: (input: ChartSeriesInput) => ChartSeries[P] } = {
  daily: ({ dataset, period, selection, settings }) =>
    dailySeries(dataset, period, selection, settings),
  burnDown: ({ dataset, period, selection, settings }) =>
    burnDownSeries(dataset, period, selection, settings),
  cumulative: ({ dataset, period, selection }) =>
    cumulativeByDayOfPeriod(dataset, period, selection, {
      compareWith: EARLIER_PERIODS_COMPARED,
    }),
  regions: regionSeries,
  modelMix: ({ dataset, period, selection }) => modelMix(dataset, period, selection),
  endOfPeriodShares: ({ dataset, period, selection }) =>
    endOfPeriodShares(dataset, selection, waveFiscalStart(period)),
};

/** JSON with object keys sorted, so that equal settings give equal text whatever their key order. */
function stableText(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

function keysOf(
  input: ChartSeriesInput,
): Record<'period' | 'selection' | 'settings' | 'wave', string> {
  const { period, selection, settings } = input;
  return {
    period: `${period.kind}:${period.id}:${period.start}:${period.end}`,
    selection: JSON.stringify([selection.regions, selection.models]),
    settings: stableText(settings),
    wave: String(waveFiscalStart(period)),
  };
}

/**
 * Chart series for one view after another, each recomputed only when what it depends on changed:
 * a series keeps its identity otherwise (the wave when only the period changes), so a chart
 * memoised on its series is not drawn again. Input objects may be new on every call; they are
 * compared by value. The dataset is compared by identity (datasets are never mutated).
 */
export function chartSeriesCache(): (input: ChartSeriesInput) => ChartSeries {
  let dataset: Dataset | null = null;
  const last = new Map<Part, { key: string; value: unknown }>();
  let previous: ChartSeries | null = null;
  return (input) => {
    if (input.dataset !== dataset) {
      last.clear();
      dataset = input.dataset;
    }
    const keys = keysOf(input);
    let changed = previous === null;
    const next = {} as Record<Part, unknown>;
    for (const part of Object.keys(COMPUTE) as Part[]) {
      const key = KEY_PARTS[part].map((name) => keys[name]).join('|');
      const cached = last.get(part);
      if (cached && cached.key === key) {
        next[part] = cached.value;
        continue;
      }
      const value = COMPUTE[part](input);
      last.set(part, { key, value });
      next[part] = value;
      changed = true;
    }
    if (!changed && previous) return previous;
    previous = next as unknown as ChartSeries;
    return previous;
  };
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
