import type { RawTable } from '../types';
import { cellText } from './cell-text';
import { readDateCell, readNumberCell, readPeriodCell, type CellReading } from './read-cell';
import { isEmptyRow } from './read-rows';
import { columnName, headerTexts, sourceRow, tableUses1904 } from './table-columns';
import { isoFromDay } from '../../records/calendar-day';
import type { ColumnMapping, TableMapping } from './types';

export interface PreviewCell {
  /** The cell as written. */
  text: string;
  /** As it will be read: ISO date, period label, number or text; null for no value or an ignored column. */
  value: string | number | null;
  problem?: string;
}

export interface PreviewRow {
  /** The source row number. */
  row: number;
  /** One per column of the mapping, in the same order. */
  cells: PreviewCell[];
}

export interface TablePreview {
  headers: string[];
  columns: ColumnMapping[];
  rows: PreviewRow[];
  /** Headers (or column letters) of the columns that will not be imported. */
  ignoredColumns: string[];
  /** Data rows in the table, to say "showing 20 of 4,312". */
  totalRows: number;
}

function shown<T>(
  text: string,
  reading: CellReading<T>,
  show: (value: T) => string | number,
): PreviewCell {
  const value = reading.value === null ? null : show(reading.value);
  return reading.problem ? { text, value, problem: reading.problem.message } : { text, value };
}

function previewCell(
  cell: RawTable['rows'][number][number],
  column: ColumnMapping,
  uses1904: boolean,
): PreviewCell {
  const text = cellText(cell ?? null);
  switch (column.role) {
    case 'ignore':
      return { text, value: null };
    case 'measure':
      return shown(text, readNumberCell(cell ?? null, column), (value) => value);
    case 'period':
      return shown(text, readPeriodCell(cell ?? null, column, uses1904), (span) => span.label);
    case 'region':
    case 'model':
    case 'vin':
      return { text, value: text === '' ? null : text };
    default:
      return shown(text, readDateCell(cell ?? null, column, uses1904), isoFromDay);
  }
}

/** The first rows of a table as they will be read with a mapping, with per-cell problems. */
export function previewTable(table: RawTable, mapping: TableMapping, limit = 20): TablePreview {
  const uses1904 = tableUses1904(table);
  const rows: PreviewRow[] = [];
  let totalRows = 0;
  for (let index = mapping.headerRow + 1; index < table.rows.length; index++) {
    const cells = table.rows[index] ?? [];
    if (isEmptyRow(cells)) continue;
    totalRows++;
    if (rows.length >= limit) continue;
    rows.push({
      row: sourceRow(table, index),
      cells: mapping.columns.map((column) =>
        previewCell(cells[column.index] ?? null, column, uses1904),
      ),
    });
  }
  return {
    headers: headerTexts(table, mapping.headerRow),
    columns: mapping.columns,
    rows,
    ignoredColumns: mapping.columns.filter((c) => c.role === 'ignore').map(columnName),
    totalRows,
  };
}
