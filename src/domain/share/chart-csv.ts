import { isoFromDay } from '../records/calendar-day';
import { csvCell } from '../summary/summary-csv';

/** A chart's column as its data table has it (components/chart ChartColumn has this shape). */
export interface CsvColumn {
  key: string;
  label: string;
  kind: 'day' | 'number' | 'percent' | 'text';
}

export type CsvCellValue = number | string | null;

/**
 * A number as the engine computed it, in plain notation: "1234.5714285714287", "-0.25". No
 * rounding (the CSV is for checking and reuse), no exponent, no thousands separator.
 */
export function exactNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  // Shortest round-trip digits, moved by the exponent: exact, unlike toFixed.
  const [, sign = '', lead = '', rest = '', exponentText = '0'] = match;
  const digits = lead + rest;
  const exponent = Number(exponentText);
  if (exponent >= 0) return sign + digits.padEnd(exponent + 1, '0');
  return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
}

function cellText(column: CsvColumn, value: CsvCellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (column.kind === 'day') return isoFromDay(value);
  if (column.kind === 'text') return String(value);
  return exactNumber(value);
}

/**
 * A chart's data as CSV (RFC 4180, CRLF line ends): the column labels, then one line per row.
 * Days are ISO dates, shares stay 0–1 as the engine gives them, empty cells are none. Cells are
 * escaped with the summary's csvCell, which also defuses text a spreadsheet would run as a
 * formula (starting with = + - @, tab, CR or LF).
 */
export function chartCsv(
  columns: readonly CsvColumn[],
  rows: readonly Readonly<Record<string, CsvCellValue>>[],
): string {
  const lines = [columns.map((column) => csvCell(column.label)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => csvCell(cellText(column, row[column.key]))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
