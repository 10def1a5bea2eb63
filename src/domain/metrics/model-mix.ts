import type { Period } from '../periods/types';
import type { Dataset } from '../records/dataset';
import { firstRowOnOrAfter, isRowSelected, rowMask } from '../records/select';
import { tidy } from './numbers';
import type { Selection } from './types';

export interface ModelDeliveries {
  /** As in the data; '' = rows without a model. */
  model: string;
  deliveries: number;
}

/**
 * Deliveries to date per model in the period, most first (ties by name). Only models with a
 * delivery value in the period appear. Rows after as of do not exist for the selection, so the
 * whole period's rows are the rows up to as of.
 */
export function modelMix(
  dataset: Dataset,
  period: Period,
  selection: Selection,
): ModelDeliveries[] {
  const deliveries = dataset.measures.deliveries;
  if (!deliveries) return [];
  const mask = rowMask(dataset, selection);
  const totals = new Float64Array(dataset.models.length);
  const seen = new Uint8Array(dataset.models.length);
  const last = firstRowOnOrAfter(dataset, period.end + 1);
  for (let row = firstRowOnOrAfter(dataset, period.start); row < last; row++) {
    if (!isRowSelected(dataset, mask, row)) continue;
    const value = deliveries[row] ?? NaN;
    if (Number.isNaN(value)) continue;
    const model = dataset.modelIndex[row] ?? 0;
    totals[model] = (totals[model] ?? 0) + value;
    seen[model] = 1;
  }
  return dataset.models
    .flatMap((model, i) => (seen[i] === 1 ? [{ model, deliveries: tidy(totals[i] ?? 0) }] : []))
    .sort((a, b) => b.deliveries - a.deliveries || (a.model < b.model ? -1 : 1));
}
