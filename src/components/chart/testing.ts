import { within } from '@testing-library/react';

/** The text of every cell of a table, row by row (header row first), for test assertions. */
export function tableCells(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim() ?? ''),
    );
}
