import type { Measure } from '../../records/measures';
import type { Cell, ImportIssue, RawTable } from '../types';
import { cellText } from './cell-text';
import type { DateSeen } from './far-dates';
import { UNNAMED_REGION } from './header-synonyms';
import { readDateCell, readNumberCell, readPeriodCell } from './read-cell';
import { cellIssue, rowIssue } from './row-issues';
import type { RowEntry, TimeSpan } from './spread-periods';
import { columnName, sourceRow, tableUses1904 } from './table-columns';
import type { ColumnMapping, TableMapping } from './types';

export interface RowReading {
  entries: RowEntry[];
  issues: ImportIssue[];
  datesSeen: DateSeen[];
}

export function isEmptyRow(row: readonly Cell[]): boolean {
  return row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

/** Checks a count that was read: negative and fractional counts are kept, with a warning. */
export function countIssue(
  table: RawTable,
  row: number,
  column: string,
  value: number,
): ImportIssue | null {
  if (value < 0) {
    return rowIssue(
      table,
      'negative-count',
      row,
      column,
      `${value} is negative; it is kept as given.`,
    );
  }
  if (!Number.isInteger(value)) {
    return rowIssue(
      table,
      'fractional-count',
      row,
      column,
      `${value} is not a whole number; it is kept as given.`,
    );
  }
  return null;
}

function readSpan(
  cell: Cell,
  column: ColumnMapping,
  uses1904: boolean,
): { span: TimeSpan | null; problem?: Parameters<typeof cellIssue>[3] } {
  if (column.role === 'period') {
    const reading = readPeriodCell(cell, column, uses1904);
    return { span: reading.value, ...(reading.problem ? { problem: reading.problem } : {}) };
  }
  const reading = readDateCell(cell, column, uses1904);
  const span =
    reading.value === null
      ? null
      : { granularity: 'day' as const, start: reading.value, end: reading.value };
  return { span, ...(reading.problem ? { problem: reading.problem } : {}) };
}

/**
 * Reads the rows of a daily, wide or periodic table into entries: one per row and region (columns
 * that carry their own region give their own entries). Rows without a readable date are skipped,
 * cells without a readable number count as no value; both are reported.
 */
export function readTableRows(table: RawTable, mapping: TableMapping): RowReading {
  const uses1904 = tableUses1904(table);
  const timeColumn =
    mapping.columns.find((c) => c.role === 'date') ??
    mapping.columns.find((c) => c.role === 'period');
  const regionColumn = mapping.columns.find((c) => c.role === 'region');
  const modelColumn = mapping.columns.find((c) => c.role === 'model');
  const measureColumns = mapping.columns.filter(
    (c) => c.role === 'measure' && c.measure !== undefined,
  );
  const reading: RowReading = { entries: [], issues: [], datesSeen: [] };
  if (!timeColumn) return reading;
  const timeName = columnName(timeColumn);
  for (let index = mapping.headerRow + 1; index < table.rows.length; index++) {
    const cells = table.rows[index] ?? [];
    if (isEmptyRow(cells)) continue;
    const row = sourceRow(table, index);
    const { span, problem } = readSpan(cells[timeColumn.index] ?? null, timeColumn, uses1904);
    if (problem) {
      reading.issues.push(cellIssue(table, row, timeName, problem, 'The row is skipped.'));
      continue;
    }
    if (!span) {
      reading.issues.push(
        rowIssue(table, 'missing-date', row, timeName, 'The row has no date; it is skipped.'),
      );
      continue;
    }
    reading.datesSeen.push({ day: span.start, row, column: timeName });
    let rowRegion = regionColumn ? cellText(cells[regionColumn.index] ?? null) : UNNAMED_REGION;
    if (rowRegion === '') {
      rowRegion = UNNAMED_REGION;
      if (regionColumn) {
        const message = `The row has no region; it is counted under "${UNNAMED_REGION}".`;
        reading.issues.push(
          rowIssue(table, 'missing-region', row, columnName(regionColumn), message),
        );
      }
    }
    const model = modelColumn ? cellText(cells[modelColumn.index] ?? null) : '';
    const byRegion = new Map<string, Partial<Record<Measure, number>>>();
    for (const column of measureColumns) {
      const measure = column.measure as Measure;
      const name = columnName(column);
      const number = readNumberCell(cells[column.index] ?? null, column);
      if (number.problem) {
        reading.issues.push(cellIssue(table, row, name, number.problem, 'It is read as no value.'));
      }
      if (number.value === null) continue;
      const countProblem = countIssue(table, row, name, number.value);
      if (countProblem) reading.issues.push(countProblem);
      const region = column.region ?? rowRegion;
      const values = byRegion.get(region) ?? {};
      values[measure] = (values[measure] ?? 0) + number.value;
      byRegion.set(region, values);
    }
    for (const [region, values] of byRegion) {
      reading.entries.push({ span, region, model, values, rows: [row] });
    }
  }
  return reading;
}
