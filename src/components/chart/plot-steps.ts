import type { PlotSeries } from './plot-spec';

/** One turn of a plot's first drawing after its axes: some of its series, or its reference lines. */
export type PlotPart = { series: number[] } | { references: true };

/**
 * What a plot draws at each turn after its axes, in order (the grid comes with the first): each
 * line or area alone, in page order (Recharts stacks them as when drawn at once); the reference
 * lines; last, every bar series together. Bars side by side share their band, so one more bar
 * series moves every bar drawn before; and any part that registers after the bars makes Recharts
 * render every bar again (the daily chart's ~270 of them each time). Drawn last, they are drawn once.
 */
export function plotParts(series: readonly PlotSeries[]): PlotPart[] {
  const bars = series.flatMap((item, index) => (item.mark === 'bar' ? [index] : []));
  const others = series.flatMap((item, index) =>
    item.mark === 'bar' ? [] : [{ series: [index] }],
  );
  return [...others, { references: true }, ...(bars.length > 0 ? [{ series: bars }] : [])];
}

/**
 * How many turns a plot's first drawing takes: the bare chart, the axes, then its parts. The bare
 * chart (no axis, mark or line) lets Recharts' store learn the chart's size, margin and layout
 * with nothing to draw again when it does; axes drawn at once with the chart were laid out twice
 * in one task (once before their size was known), and that was each plot's longest task.
 */
export function plotSteps(series: readonly PlotSeries[]): number {
  return 2 + plotParts(series).length;
}

/** What a plot draws at one step of its first drawing. */
export interface DrawnParts {
  /** The axes (and bars, registered but not drawn, so that the axes are laid out for them). */
  axes: boolean;
  /** The grid, with the first part: drawn before the axes register, it measures every label. */
  grid: boolean;
  series: Set<number>;
  references: boolean;
}

/**
 * What is drawn at `step` of `plotSteps(series)` (null: the plot is drawn whole): the bare chart
 * at step 1, the axes alone at step 2, then one more part a step.
 */
export function drawnAt(series: readonly PlotSeries[], step: number | null): DrawnParts {
  const parts = plotParts(series);
  const done = step === null ? parts : parts.slice(0, Math.max(0, step - 2));
  return {
    axes: step === null || step >= 2,
    grid: step === null || step >= 3,
    series: new Set(done.flatMap((part) => ('series' in part ? part.series : []))),
    references: done.some((part) => 'references' in part),
  };
}
