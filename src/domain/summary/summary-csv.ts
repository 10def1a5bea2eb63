import { isoFromDay } from '../records/calendar-day';
import type { SummaryRow } from './summary-row';

export const SUMMARY_COLUMNS = [
  'period',
  'region',
  'as_of',
  'deliveries_to_date',
  'production_to_date',
  'target',
  'target_kind',
  'remaining',
  'days_left',
  'required_per_day',
  'pace_per_day',
  'projected_total',
  'chance_to_reach_target',
  'open_backlog',
  'inventory',
  'best_day',
] as const;

/**
 * The summary as CSV (RFC 4180, CRLF line ends): plain numbers with "." and at most two
 * decimals, ISO dates, empty cells where a value is none.
 */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  const lines = [SUMMARY_COLUMNS.join(',')];
  for (const row of rows) lines.push(cellsOf(row).map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function cellsOf(row: SummaryRow): string[] {
  return [
    row.period,
    row.region,
    row.asOf === null ? '' : isoFromDay(row.asOf),
    plainNumber(row.deliveriesToDate),
    plainNumber(row.productionToDate),
    plainNumber(row.target),
    row.targetKind === 'none' ? '' : row.targetKind,
    plainNumber(row.remaining),
    plainNumber(row.daysLeft),
    plainNumber(row.requiredPerDay),
    plainNumber(row.pacePerDay),
    plainNumber(row.projectedTotal),
    plainNumber(row.chanceToReachTarget),
    plainNumber(row.openBacklog),
    plainNumber(row.inventory),
    plainNumber(row.bestDay),
  ];
}

/** "1234.57", "-1200", "" for none. Never exponent notation, never a thousands separator. */
export function plainNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  const rounded = Math.round(value * 100) / 100;
  // toFixed avoids "1e+21"; trimming zeros keeps whole numbers plain.
  const text = rounded.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * One CSV cell. A text that a spreadsheet would run as a formula (it starts with = + - @ or a
 * tab, CR or LF) gets a leading apostrophe; plain negative numbers are left as numbers.
 */
export function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
