import type { PlotSeries } from './plot-spec';

/**
 * The series each marks turn of a plot draws, as indices into `series`, in their order: each line
 * or area alone, every bar series together at the place of the first (bars side by side share
 * their band: one more bar series moves every bar drawn before it, so a turn per bar series cost
 * the last turn as much as all of them). Marks mount in page order, so Recharts stacks them as it
 * would when drawn at once.
 */
export function markTurns(series: readonly PlotSeries[]): number[][] {
  const turns: number[][] = [];
  let bars: number[] | null = null;
  series.forEach((item, index) => {
    if (item.mark !== 'bar') {
      turns.push([index]);
    } else if (bars) {
      bars.push(index);
    } else {
      bars = [index];
      turns.push(bars);
    }
  });
  return turns;
}

/** How many turns a plot's first drawing takes: the axes, its marks (the grid with the first), its reference lines. */
export function plotSteps(series: readonly PlotSeries[]): number {
  return 1 + Math.max(1, markTurns(series).length) + 1;
}

/**
 * The series drawn at `step` of `plotSteps(series)` (null: the plot is drawn whole): none with
 * the axes alone (step 1), then one more marks turn a step.
 */
export function seriesDrawnAt(series: readonly PlotSeries[], step: number | null): Set<number> {
  const turns = markTurns(series);
  const shown = step === null ? turns.length : Math.max(0, step - 1);
  return new Set(turns.slice(0, shown).flat());
}
