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
