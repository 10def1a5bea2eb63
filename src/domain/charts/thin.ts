import { lttbIndices } from './lttb';

/** About the most marks one Recharts chart draws before it gets slow (PRODUCT.md §3). */
export const MAX_MARKS_PER_CHART = 2000;

/** A series of a row-shaped chart: reads its value from a row; null = no value (a gap). */
export type SeriesValue<T> = (row: T) => number | null;

interface Run {
  from: number;
  to: number;
}

function runsOfValues(values: readonly (number | null)[]): Run[] {
  const runs: Run[] = [];
  let from = -1;
  values.forEach((value, i) => {
    if (value !== null && from < 0) from = i;
    if (value === null && from >= 0) {
      runs.push({ from, to: i });
      from = -1;
    }
  });
  if (from >= 0) runs.push({ from, to: values.length });
  return runs;
}

/**
 * The row indices one series needs to look the same with at most `budget` rows: LTTB within each
 * run of values, plus the first empty row after a run so that a line still breaks at its gaps.
 */
function keptIndicesOfSeries(values: readonly (number | null)[], budget: number): number[] {
  const runs = runsOfValues(values);
  const valueCount = runs.reduce((sum, run) => sum + run.to - run.from, 0);
  const gapMarkers = runs.filter((run) => run.to < values.length).length;
  if (valueCount + gapMarkers <= budget) {
    return values.flatMap((value, i) =>
      value !== null || (i > 0 && values[i - 1] !== null) ? [i] : [],
    );
  }
  const pointBudget = budget - gapMarkers;
  // Too many gaps to keep every run's ends: the shape matters more than where the gaps are.
  if (pointBudget < 2 * runs.length) {
    const indices = runs.flatMap((run) => range(run.from, run.to));
    const kept = lttbIndices(
      indices,
      indices.map((i) => values[i] as number),
      Math.max(2, budget),
    );
    return kept.map((k) => indices[k] as number).slice(0, budget);
  }
  const kept: number[] = [];
  let spare = pointBudget - 2 * runs.length;
  for (const run of runs) {
    const length = run.to - run.from;
    const extra = Math.min(
      spare,
      length - 2,
      Math.floor(((pointBudget - 2 * runs.length) * length) / valueCount),
    );
    spare -= Math.max(extra, 0);
    const runIndices = range(run.from, run.to);
    const runValues = runIndices.map((i) => values[i] as number);
    const threshold = Math.min(length, 2 + Math.max(extra, 0));
    const inRun = length <= 2 ? runIndices : lttbIndices(runIndices, runValues, threshold);
    for (const k of inRun) kept.push(length <= 2 ? k : (runIndices[k] as number));
    if (run.to < values.length) kept.push(run.to);
  }
  return kept;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/** How many points the series draw over these rows: one per value, none for a gap. */
export function countMarks<T>(rows: readonly T[], series: readonly SeriesValue<T>[]): number {
  let marks = 0;
  for (const row of rows) for (const value of series) if (value(row) !== null) marks++;
  return marks;
}

/**
 * Thins the rows of a chart whose series share one x axis (one row per x) so that all series
 * together draw at most `maxMarks` points. Each series gets an equal share of rows; the kept rows
 * are the union of what each series needs, in their original order, untouched (so tooltips stay
 * exact). Rows come back as they are when they already fit.
 */
export function thinRows<T>(
  rows: readonly T[],
  series: readonly SeriesValue<T>[],
  maxMarks: number = MAX_MARKS_PER_CHART,
): T[] {
  if (countMarks(rows, series) <= maxMarks) return [...rows];
  const columns = series.map((value) => rows.map(value));
  let budget = Math.max(2, Math.floor(maxMarks / series.length));
  for (;;) {
    const kept = new Set<number>();
    for (const values of columns) for (const i of keptIndicesOfSeries(values, budget)) kept.add(i);
    const thinned = [...kept].sort((a, b) => a - b).map((i) => rows[i] as T);
    // The union of several series' rows can draw more than the budget: shrink until it fits.
    if (budget === 2 || countMarks(thinned, series) <= maxMarks) return thinned;
    budget = Math.max(2, Math.floor(budget * 0.8));
  }
}
