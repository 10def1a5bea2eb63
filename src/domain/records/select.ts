import type { Selection } from '../metrics/types';
import type { CalendarDay } from './calendar-day';
import { CONTINENTS, continentOf, type Continent } from './regions';
import type { Dataset } from './dataset';
import { MEASURES } from './measures';

/**
 * A selection compiled against one dataset: one flag per region and per model, so that testing a
 * row is two array reads instead of string comparisons.
 */
export interface RowMask {
  regions: Uint8Array;
  models: Uint8Array;
  /** True when every region and every model is selected (the test can be skipped). */
  everything: boolean;
}

const CONTINENT_NAMES: ReadonlySet<string> = new Set(CONTINENTS);

/**
 * Compiles a selection. A region entry that is a continent name selects every region value rolling
 * up to that continent; any other entry selects the region value equal to it. No entries = all.
 * Models are matched as given; '' (no model) is selected only when models is empty or holds ''.
 */
export function rowMask(dataset: Dataset, selection: Selection): RowMask {
  const regions = new Uint8Array(dataset.regions.length);
  const models = new Uint8Array(dataset.models.length);
  if (selection.regions.length === 0) {
    regions.fill(1);
  } else {
    const continents = new Set<Continent>();
    const values = new Set<string>();
    for (const entry of selection.regions) {
      if (CONTINENT_NAMES.has(entry)) continents.add(entry as Continent);
      else values.add(entry);
    }
    dataset.regions.forEach((region, i) => {
      if (values.has(region) || continents.has(continentOf(region))) regions[i] = 1;
    });
  }
  if (selection.models.length === 0) {
    models.fill(1);
  } else {
    const wanted = new Set(selection.models);
    dataset.models.forEach((model, i) => {
      if (wanted.has(model)) models[i] = 1;
    });
  }
  return { regions, models, everything: regions.every(Boolean) && models.every(Boolean) };
}

export function isRowSelected(dataset: Dataset, mask: RowMask, row: number): boolean {
  if (mask.everything) return true;
  return (
    mask.regions[dataset.regionIndex[row] ?? 0] === 1 &&
    mask.models[dataset.modelIndex[row] ?? 0] === 1
  );
}

/** The index of the first row dated on or after `day` (rows are sorted by day). */
export function firstRowOnOrAfter(dataset: Dataset, day: CalendarDay): number {
  let low = 0;
  let high = dataset.days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((dataset.days[middle] ?? 0) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The present measure columns, for scanning "does this row hold any value". */
export function measureColumns(dataset: Dataset): Float64Array[] {
  const columns: Float64Array[] = [];
  for (const measure of MEASURES) {
    const column = dataset.measures[measure];
    if (column) columns.push(column);
  }
  return columns;
}

/** A row whose cells were all blank carries no data: it must not move "as of" or make a period. */
export function rowHasData(columns: readonly Float64Array[], row: number): boolean {
  for (const column of columns) {
    if (!Number.isNaN(column[row] ?? NaN)) return true;
  }
  return false;
}

/** The last day with any value in the whole dataset (any region, any model), or null. */
export function lastDataDay(dataset: Dataset): CalendarDay | null {
  const columns = measureColumns(dataset);
  for (let row = dataset.days.length - 1; row >= 0; row--) {
    if (rowHasData(columns, row)) return dataset.days[row] ?? null;
  }
  return null;
}

/** The first day with any value in the whole dataset, or null. */
export function firstDataDay(dataset: Dataset): CalendarDay | null {
  const columns = measureColumns(dataset);
  for (let row = 0; row < dataset.days.length; row++) {
    if (rowHasData(columns, row)) return dataset.days[row] ?? null;
  }
  return null;
}

/** The indices of the selected rows dated from `from` to `to` inclusive, in day order. */
export function selectedRows(
  dataset: Dataset,
  selection: Selection,
  from: CalendarDay = -Infinity,
  to: CalendarDay = Infinity,
): Uint32Array {
  const mask = rowMask(dataset, selection);
  const begin = from === -Infinity ? 0 : firstRowOnOrAfter(dataset, from);
  const finish = to === Infinity ? dataset.days.length : firstRowOnOrAfter(dataset, to + 1);
  const rows = new Uint32Array(Math.max(finish - begin, 0));
  let count = 0;
  for (let row = begin; row < finish; row++) {
    if (isRowSelected(dataset, mask, row)) rows[count++] = row;
  }
  return rows.slice(0, count);
}

/** The dataset's region values that a selection picks, sorted. */
export function selectedRegionValues(dataset: Dataset, selection: Selection): string[] {
  const mask = rowMask(dataset, selection);
  return dataset.regions.filter((_, i) => mask.regions[i] === 1);
}
