import type { Dataset } from '../records/dataset';
import { firstRowOnOrAfter, measureColumns, rowHasData } from '../records/select';
import { periodOf } from './periods';
import type { FiscalYearStartMonth, Period, PeriodKind } from './types';

/**
 * The periods that hold at least one value in the dataset (any region, any model), oldest first.
 * Rows are sorted by day, so once a period is found the search jumps (binary search) to the first
 * row past its end: a handful of steps per period instead of a step per row. A year of a hundred
 * regions × models is ~50,000 rows, which cold (not yet optimised) code on the page walked in
 * ~10 ms during the first dashboard render; blank rows are still passed one by one.
 */
export function listPeriods(
  dataset: Dataset,
  kind: PeriodKind,
  fiscalStart: FiscalYearStartMonth = 1,
): Period[] {
  const columns = measureColumns(dataset);
  const rowCount = dataset.days.length;
  const periods: Period[] = [];
  let row = 0;
  while (row < rowCount) {
    if (!rowHasData(columns, row)) {
      row++;
      continue;
    }
    const period = periodOf(dataset.days[row] ?? 0, kind, fiscalStart);
    periods.push(period);
    row = firstRowOnOrAfter(dataset, period.end + 1);
  }
  return periods;
}
