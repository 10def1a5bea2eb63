import type { ImportIssue, RawTable } from '../types';
import type { CellProblem } from './read-cell';
import { placeText, tableIssue } from './table-columns';

const HINTS: Record<string, string> = {
  'bad-date': 'Write dates like 2019-06-29, or check the date order chosen for the column.',
  'bad-period': 'Write months like 2019-06 or Jun 2019 and quarters like 2019-Q2.',
  'bad-number': 'Check the number, or the number format chosen for the column.',
  'error-cell': 'Recalculate and save the sheet in its spreadsheet program, or fix the formula.',
};

/** A warning about one cell: where it is, what is wrong, and what happens to the row. */
export function cellIssue(
  table: RawTable,
  row: number,
  column: string,
  problem: CellProblem,
  consequence: string,
): ImportIssue {
  const hint = HINTS[problem.code];
  return tableIssue(table, {
    code: problem.code,
    severity: 'warning',
    message: `${placeText(table, row, column)}: ${problem.message} ${consequence}`,
    row,
    column,
    ...(hint === undefined ? {} : { hint }),
  });
}

/** A warning about a row as a whole or a value that was kept. */
export function rowIssue(
  table: RawTable,
  code: string,
  row: number,
  column: string | undefined,
  message: string,
): ImportIssue {
  return tableIssue(table, {
    code,
    severity: 'warning',
    message: `${placeText(table, row, column)}: ${message}`,
    row,
    ...(column === undefined ? {} : { column }),
  });
}
