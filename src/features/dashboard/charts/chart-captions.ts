import type { ChartCaption } from '../../../components/chart';
import type { ChartFormat } from '../../../domain/charts';
import type { Kpis, Selection } from '../../../domain/metrics';
import { regionLabel } from '../../../domain/records/regions';

/** "All regions · All models", "Europe, Norway · Model 3". */
export function selectionInWords(selection: Selection): string {
  const regions =
    selection.regions.length === 0 ? 'All regions' : selection.regions.map(regionLabel).join(', ');
  const models =
    selection.models.length === 0
      ? 'All models'
      : selection.models.map((model) => model || 'No model given').join(', ');
  return `${regions} · ${models}`;
}

export function captionOf(
  kpis: Kpis,
  selection: Selection,
  sources: readonly string[],
  format: ChartFormat,
): ChartCaption {
  return {
    selection: selectionInWords(selection),
    asOf: kpis.asOf === null ? null : format.longDay(kpis.asOf),
    sources,
  };
}

/**
 * The note charts show when the data was not counted per day (PRODUCT.md §1, periodic rows):
 * "spread" charts draw days, "bars" charts one bar per month. A mix (monthly countries beside
 * quarterly ones) names both counts.
 */
export function granularityNote(kpis: Kpis, perDay: 'spread' | 'bars'): string | null {
  const unit = kpis.granularity;
  const finest = kpis.finestGranularity;
  if (unit === 'day') return null;
  const counted =
    finest === unit
      ? `Counted per ${unit}`
      : finest === 'day'
        ? `Partly counted per ${unit}`
        : `Counted per ${unit} and per ${finest}`;
  if (perDay === 'spread') {
    return finest === unit || finest === 'day'
      ? `${counted}: each ${unit}'s figure is spread evenly over its days.`
      : `${counted}: each figure is spread evenly over the days of its ${unit} or ${finest}.`;
  }
  if (unit === 'month') {
    return finest === unit
      ? 'Counted per month: one bar per month, as the data was given.'
      : `${counted}: one bar per month.`;
  }
  return `${counted}: one bar per month, each quarter's figure spread evenly over its days.`;
}

/** "the 100,000 goal", "the 33,000–36,000 goal", "the 2019 Q2 record (95,200)", null: no target. */
export function targetInWords(kpis: Kpis, format: ChartFormat): string | null {
  const { target, record } = kpis;
  if (target.value === null) return null;
  if (target.kind === 'goal' && target.goal) {
    const { low, high } = target.goal;
    const range =
      high !== undefined && high !== low
        ? `${format.axisNumber(low)}–${format.axisNumber(high)}`
        : format.axisNumber(low);
    return `the ${range} goal`;
  }
  const name = record && record.periodLabel !== 'typed' ? `${record.periodLabel} record` : 'record';
  return `the ${name} (${format.axisNumber(target.value)})`;
}
