import { computeKpis } from '../metrics';
import type { Selection, TargetSettings } from '../metrics/types';
import type { Period } from '../periods/types';
import type { Dataset } from '../records/dataset';
import { regionTree } from '../records/regions';
import { ALL_SELECTED, rowFromKpis, type SummaryRow } from './summary-row';

export interface SummaryOptions {
  /**
   * The target settings of a one-region selection. A goal typed for "Europe + US" says nothing
   * about Europe alone, so by default region rows use none (their record is still computed).
   */
  settingsForRegion?: (region: string) => TargetSettings;
}

/**
 * One row per region of the selection (the continents present when it is "All regions") and a
 * last row for the whole selection, named "All selected".
 */
export function summaryRows(
  dataset: Dataset,
  period: Period,
  selection: Selection,
  settings: TargetSettings,
  options: SummaryOptions = {},
): SummaryRow[] {
  const regions =
    selection.regions.length > 0
      ? [...new Set(selection.regions)]
      : regionTree(dataset).map((group) => group.continent);
  const rows = regions.map((region) => {
    const regionSettings = options.settingsForRegion?.(region) ?? {};
    const kpis = computeKpis(
      dataset,
      period,
      { regions: [region], models: selection.models },
      regionSettings,
      { simulate: true },
    );
    return rowFromKpis(period, region, kpis);
  });
  const whole = computeKpis(dataset, period, selection, settings, { simulate: true });
  rows.push(rowFromKpis(period, ALL_SELECTED, whole));
  return rows;
}

/** "record-pace-summary-2019-Q2.csv" */
export function summaryFileName(period: Period): string {
  return `record-pace-summary-${period.id}.csv`;
}
