import type { ChartTheme } from '../../domain/charts';
import type { LabelPosition } from './plot-spec';

/** Shared look of axes and grids, so all charts read alike in both themes. */
export function axisStyle(theme: ChartTheme) {
  return {
    stroke: theme.axis,
    tick: { fill: theme.mutedText, fontSize: 12 },
    tickLine: { stroke: theme.axis },
  };
}

/**
 * Recharts hands each tick label the axis' width, and then measures the label's words in the
 * page (a forced layout, for each label not measured before) to wrap it within that width. A
 * label that cannot wrap need not be measured: an x axis spans the plot, far wider than any
 * label, and number and share labels have no space to break at. Other labels (model names on a
 * category y axis) are measured and wrapped as before.
 */
export function tickStyle(theme: ChartTheme, wraps: boolean) {
  const { tick } = axisStyle(theme);
  return wraps ? tick : { ...tick, width: undefined };
}

export function gridStyle(theme: ChartTheme) {
  return { stroke: theme.grid, strokeDasharray: '3 3' };
}

/** A reference line's label: readable text in the line's colour, inside the plot. */
export function referenceLabel(
  value: string,
  colour: string,
  position: LabelPosition = 'insideTopRight',
) {
  return { value, position, fill: colour, fontSize: 12 };
}
