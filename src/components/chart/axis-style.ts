import type { ChartTheme } from '../../domain/charts';

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
  position:
    | 'insideTopLeft'
    | 'insideTopRight'
    | 'insideBottomLeft'
    | 'insideBottomRight' = 'insideTopRight',
) {
  return { value, position, fill: colour, fontSize: 12 };
}

/** Margins that leave room for reference labels at the top and the right axis. */
export const PLOT_MARGIN = { top: 16, right: 16, bottom: 4, left: 4 };
