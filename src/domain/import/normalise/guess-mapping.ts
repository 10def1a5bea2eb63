import type { RawTable } from '../types';
import { describeColumn, detectDateOrder, detectNumberLocale } from './detect-column';
import { matchHeader, normaliseHeader } from './header-synonyms';
import { columnCells, headerTexts, tableUses1904 } from './table-columns';
import type { ColumnMapping, ColumnRole, TableMapping, TableShape } from './types';

const HEADER_SEARCH_ROWS = 10;
/** A column whose header says nothing is read as dates, periods or numbers when this share of its values are. */
const CONTENT_SHARE = 0.8;
const VEHICLE_ROLES: ReadonlySet<ColumnRole> = new Set([
  'vin',
  'order-date',
  'build-date',
  'scheduled-date',
]);
const DATE_ROLES: ReadonlySet<ColumnRole> = new Set([
  'date',
  'order-date',
  'build-date',
  'delivery-date',
  'scheduled-date',
]);
const PERIOD_HEADERS = new Set(['month', 'quarter', 'year month', 'month year', 'year quarter']);

/**
 * A stable key for "files with the same headers", so a mapping the user corrected is offered again.
 * Headers are compared case-, accent- and punctuation-insensitively, in order.
 */
export function mappingKey(headers: readonly string[]): string {
  return headers.map(normaliseHeader).join('|');
}

/** The header row: the row among the first ten whose cells name the most known columns. */
export function findHeaderRow(table: RawTable): number {
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(HEADER_SEARCH_ROWS, table.rows.length);
  for (let i = 0; i < limit; i++) {
    const row = table.rows[i] ?? [];
    const score = row.filter(
      (cell) => typeof cell === 'string' && matchHeader(cell).role !== 'ignore',
    ).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const firstFilled = table.rows.findIndex(
    (row) => row.filter((cell) => cell !== null && cell !== '').length >= 2,
  );
  return Math.max(firstFilled, 0);
}

function mostly(part: number, whole: number): boolean {
  return whole > 0 && part >= whole * CONTENT_SHARE;
}

function timeRole(table: RawTable, headerRow: number, column: ColumnMapping): 'date' | 'period' {
  const content = describeColumn(columnCells(table, headerRow, column.index));
  if (content.periods > content.dates) return 'period';
  const periodHeader = PERIOD_HEADERS.has(normaliseHeader(column.header));
  if (content.dates > content.periods) return periodHeader ? 'period' : 'date';
  return column.role === 'period' || periodHeader ? 'period' : 'date';
}

function keepFirst(columns: ColumnMapping[], role: ColumnRole): void {
  let seen = false;
  for (const column of columns) {
    if (column.role !== role) continue;
    if (seen) column.role = 'ignore';
    seen = true;
  }
}

function chooseTimeColumn(table: RawTable, headerRow: number, columns: ColumnMapping[]): void {
  let chosen = columns.find(
    (c) => c.role === 'date' || c.role === 'period' || c.role === 'delivery-date',
  );
  if (!chosen) {
    chosen = columns.find((c) => {
      if (c.role !== 'ignore') return false;
      const content = describeColumn(columnCells(table, headerRow, c.index));
      return mostly(content.dates + content.periods, content.filled);
    });
  }
  for (const column of columns) {
    if (column === chosen) column.role = timeRole(table, headerRow, column);
    else if (['date', 'period', 'delivery-date'].includes(column.role)) column.role = 'ignore';
  }
}

/** "Date, Norway, Sweden": numeric columns named by region, one measure implied (deliveries). */
function impliedRegionColumns(table: RawTable, headerRow: number, columns: ColumnMapping[]): void {
  if (columns.some((c) => c.role === 'region' || c.role === 'measure')) return;
  for (const column of columns) {
    if (column.role !== 'ignore' || column.header.trim() === '') continue;
    const content = describeColumn(columnCells(table, headerRow, column.index));
    if (!mostly(content.numbers, content.filled)) continue;
    column.role = 'measure';
    column.measure = 'deliveries';
    column.region = column.header.trim();
  }
}

function dropRepeatedMeasures(columns: ColumnMapping[]): void {
  const seen = new Set<string>();
  for (const column of columns) {
    if (column.role !== 'measure') continue;
    const key = `${column.measure ?? ''}\u0000${column.region ?? ''}`;
    if (seen.has(key)) {
      column.role = 'ignore';
      delete column.measure;
      delete column.region;
    }
    seen.add(key);
  }
}

function addValueFormats(table: RawTable, headerRow: number, columns: ColumnMapping[]): void {
  const uses1904 = tableUses1904(table);
  for (const column of columns) {
    const cells = columnCells(table, headerRow, column.index);
    if (column.role === 'measure') {
      Object.assign(column, detectNumberLocale(cells));
    } else if (DATE_ROLES.has(column.role)) {
      Object.assign(column, detectDateOrder(cells, uses1904));
    } else if (column.role === 'period') {
      // Month labels say nothing about day order; only full dates in the column can need an answer.
      const dates = detectDateOrder(cells, uses1904);
      if ('needsAnswer' in dates) Object.assign(column, dates);
    }
  }
}

function shapeOf(columns: ColumnMapping[], perVehicle: boolean): TableShape {
  if (perVehicle) return 'per-vehicle';
  if (columns.some((c) => c.role === 'measure' && c.region !== undefined)) return 'wide';
  if (columns.some((c) => c.role === 'period')) return 'periodic';
  return 'daily';
}

/** Guesses the shape of a table and the meaning of each column, from its headers and values. */
export function guessMapping(table: RawTable): TableMapping {
  const headerRow = findHeaderRow(table);
  const columns: ColumnMapping[] = headerTexts(table, headerRow).map((header, index) => {
    const match = matchHeader(header);
    const column: ColumnMapping = { index, header, role: match.role };
    if (match.measure) column.measure = match.measure;
    if (match.region !== undefined) column.region = match.region;
    return column;
  });
  const hasMeasure = columns.some((c) => c.role === 'measure');
  // A list of vehicles has dates per event and no counts; "Region, Model, Delivery date" is one too.
  const perVehicle =
    !hasMeasure && columns.some((c) => VEHICLE_ROLES.has(c.role) || c.role === 'delivery-date');
  if (perVehicle) {
    for (const column of columns)
      if (column.role === 'date' || column.role === 'period') column.role = 'ignore';
  } else {
    for (const column of columns) if (VEHICLE_ROLES.has(column.role)) column.role = 'ignore';
    chooseTimeColumn(table, headerRow, columns);
    impliedRegionColumns(table, headerRow, columns);
  }
  for (const role of [
    'region',
    'model',
    'vin',
    'order-date',
    'build-date',
    'delivery-date',
    'scheduled-date',
  ] as const) {
    keepFirst(columns, role);
  }
  dropRepeatedMeasures(columns);
  addValueFormats(table, headerRow, columns);
  return { shape: shapeOf(columns, perVehicle), columns, headerRow };
}
