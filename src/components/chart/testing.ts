import { within } from '@testing-library/react';

/** The text of every cell of a table, row by row (header row first), for test assertions. */
export function tableCells(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim() ?? ''),
    );
}

/**
 * How many bars a plot draws: Recharts' own, and those of series drawn by BarSeriesPath.
 */
export function barCount(plot: Element): number {
  return (
    plot.querySelectorAll('.recharts-bar-rectangle').length +
    plot.querySelectorAll('[data-bar-path] path').length
  );
}

/** The fill of each bar series drawn by BarSeriesPath, in page order. */
export function barPathFills(plot: Element): (string | null | undefined)[] {
  return [...plot.querySelectorAll('[data-bar-path]')].map((layer) =>
    layer.querySelector('path')?.getAttribute('fill'),
  );
}
