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

/** One chart's series: a key of ChartSeries. */
export type ChartSeriesPart = keyof ChartSeries;

export const CHART_SERIES_PARTS: readonly ChartSeriesPart[] = [
  'daily',
  'burnDown',
  'cumulative',
  'regions',
  'modelMix',
  'endOfPeriodShares',
];

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
 * A goal is set for the whole selection, so a region is measured against its own record, unless
 * it is the whole selection.
 */
function regionSettings({ selection, settings }: ChartSeriesInput): TargetSettings {
  return selection.regions.length === 1 ? settings : { openingBacklog: settings.openingBacklog };
}

/** One region alone, with the selection's models. */
export function computeRegionSeries(region: string, input: ChartSeriesInput): RegionSeries {
  const { dataset, period, selection } = input;
  const alone: Selection = { regions: [region], models: selection.models };
  const kpis = computeKpis(dataset, period, alone, regionSettings(input), { simulate: false });
  const cumulative =
    cumulativeByDayOfPeriod(dataset, period, alone, { compareWith: 0 }).find(
      (series) => series.isCurrent,
    ) ?? null;
  return { region, kpis, cumulative };
}

function waveFiscalStart(period: Period) {
  return period.kind === 'quarter' ? fiscalStartOf(period) : 1;
}

type KeyName = 'period' | 'selection' | 'settings' | 'wave';

/** What each series depends on, as text: equal text, equal series. */
const KEY_PARTS: Readonly<Record<ChartSeriesPart, readonly KeyName[]>> = {
  daily: ['period', 'selection', 'settings'],
  burnDown: ['period', 'selection', 'settings'],
  cumulative: ['period', 'selection'],
  regions: ['period', 'selection', 'settings'],
  modelMix: ['period', 'selection'],
  endOfPeriodShares: ['wave', 'selection'],
};

/** Every part but the regions, which the cache puts together from one region at a time. */
export const COMPUTE_PART: {
  [P in Exclude<ChartSeriesPart, 'regions'>]: (input: ChartSeriesInput) => ChartSeries[P];
} = {
  daily: ({ dataset, period, selection, settings }) =>
    dailySeries(dataset, period, selection, settings),
  burnDown: ({ dataset, period, selection, settings }) =>
    burnDownSeries(dataset, period, selection, settings),
  cumulative: ({ dataset, period, selection }) =>
    cumulativeByDayOfPeriod(dataset, period, selection, {
      compareWith: EARLIER_PERIODS_COMPARED,
    }),
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

function periodKey(period: Period): string {
  return `${period.kind}:${period.id}:${period.start}:${period.end}`;
}

/** The text a part's series depends on (the dataset aside, compared by identity). */
export function partKey(part: ChartSeriesPart, input: ChartSeriesInput): string {
  const { period, selection, settings } = input;
  return KEY_PARTS[part]
    .map((name) => {
      switch (name) {
        case 'period':
          return periodKey(period);
        case 'selection':
          return JSON.stringify([selection.regions, selection.models]);
        case 'settings':
          return stableText(settings);
        case 'wave':
          return String(waveFiscalStart(period));
      }
    })
    .join('|');
}

/**
 * The text one region's series depends on: not the other regions selected, only whether it is
 * the whole selection (then the goal counts) — so a region added beside it keeps its series.
 */
export function regionKey(region: string, input: ChartSeriesInput): string {
  return [
    region,
    periodKey(input.period),
    JSON.stringify(input.selection.models),
    stableText(regionSettings(input)),
  ].join('|');
}
