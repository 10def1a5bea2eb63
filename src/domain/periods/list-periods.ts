import type { Dataset } from '../records/dataset';
import { measureColumns, rowHasData } from '../records/select';
import { periodOf } from './periods';
import type { FiscalYearStartMonth, Period, PeriodKind } from './types';

/**
 * The periods that hold at least one value in the dataset (any region, any model), oldest first.
 * Rows are sorted by day, so a new period is computed only when a row passes the current one's end.
 */
export function listPeriods(
  dataset: Dataset,
  kind: PeriodKind,
  fiscalStart: FiscalYearStartMonth = 1,
): Period[] {
  const columns = measureColumns(dataset);
  const periods: Period[] = [];
  let current: Period | null = null;
  for (let row = 0; row < dataset.days.length; row++) {
    const day = dataset.days[row] ?? 0;
    if (current && day <= current.end) continue;
    if (!rowHasData(columns, row)) continue;
    current = periodOf(day, kind, fiscalStart);
    periods.push(current);
  }
  return periods;
}
