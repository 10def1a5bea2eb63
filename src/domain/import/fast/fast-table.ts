import { describeColumn } from '../normalise/detect-column';
import { matchHeader } from '../normalise/header-synonyms';
import { columnCells, placeText, tableIssue } from '../normalise/table-columns';
import type { DuplicatePolicy, NormalisedTable, TableMapping } from '../normalise/types';
import type { ImportIssue, ImportResult, RawTable } from '../types';
import { createDailyReader, dailyChecks, type ReaderBody, type TableReader } from './daily-reader';
import type { ColumnChecks } from './row-source';
import { createVehicleReader, vehicleChecks, type VehicleKernelChoice } from './vehicle-reader';

/** Why a table is left to the general reader; said in the outcome, never silently. */
export interface NotEligible {
  eligible: false;
  reason: string;
}

export function notEligible(reason: string): NotEligible {
  return { eligible: false, reason };
}

const EVENT_ROLES = new Set(['order-date', 'build-date', 'delivery-date']);
const TIME_HEADER_ROLES = new Set(['date', 'period', 'delivery-date']);

/**
 * Why the fast readers cannot take a table with this mapping, or null when they can: daily
 * tables with one date column and one column per measure, and per-vehicle tables, with every
 * question answered. Checked before the body is read, so a refusal costs nothing.
 */
export function mappingProblem(
  mapping: TableMapping,
  width: number,
  policy: DuplicatePolicy,
): string | null {
  const open = mapping.columns.find((c) => c.needsAnswer !== undefined && c.role !== 'ignore');
  if (open) return `column ${open.index + 1} needs an answer`;
  if (mapping.columns.some((c) => c.index >= width || c.index < 0)) {
    return 'the mapping names columns the table does not have';
  }
  if (mapping.shape === 'per-vehicle') {
    if (!mapping.columns.some((c) => EVENT_ROLES.has(c.role)))
      return 'no order, build or delivery date';
    return null;
  }
  if (mapping.shape !== 'daily') return `${mapping.shape} tables are read by the general reader`;
  if (!mapping.columns.some((c) => c.role === 'date')) return 'no date column';
  const measures = mapping.columns.filter((c) => c.role === 'measure' && c.measure !== undefined);
  if (measures.length === 0) return 'no measure column';
  if (measures.some((c) => c.region !== undefined)) return 'columns carry their own region';
  if (new Set(measures.map((c) => c.measure)).size !== measures.length) {
    return 'two columns hold the same measure';
  }
  if (policy === 'ask' || policy === 'sum' || policy === 'keep-last') return null;
  return 'unknown duplicate policy';
}

/**
 * Why a guessed mapping might not be what guessMapping gives on the whole table, beyond the
 * formats that the column checks settle: a time column chosen by its content.
 */
export function guessProblem(mapping: TableMapping): string | null {
  if (mapping.shape !== 'daily') return null;
  const time = mapping.columns.find((c) => c.role === 'date');
  if (!time || !TIME_HEADER_ROLES.has(matchHeader(time.header).role)) {
    return 'the date column was recognised by its content, not its header';
  }
  return null;
}

/** The evidence to gather to check a guessed mapping's detected formats on every row. */
export function checksFor(mapping: TableMapping): ColumnChecks {
  return mapping.shape === 'per-vehicle' ? vehicleChecks(mapping) : dailyChecks(mapping);
}

export function createReader(
  table: RawTable,
  mapping: TableMapping,
  policy: DuplicatePolicy,
  checks: ColumnChecks | null,
  rowKernel?: VehicleKernelChoice,
): TableReader {
  return mapping.shape === 'per-vehicle'
    ? createVehicleReader(table, mapping, checks, rowKernel)
    : createDailyReader(table, mapping, policy, checks);
}

function sign(value: number): number {
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

/**
 * Whether guessMapping on every row would give the mapping guessed from the first rows: the
 * date orders, number formats and date-versus-period reading it detects from whole columns.
 */
export function checkGuess(
  sample: RawTable,
  mapping: TableMapping,
  checks: ColumnChecks,
): string | null {
  for (const column of mapping.columns) {
    const dates = checks.dates.get(column.index);
    if (dates) {
      const guess = dates.decide(false);
      if (!('dateOrder' in guess) || guess.dateOrder !== column.dateOrder) {
        return `the date order of column ${column.index + 1} changes further down`;
      }
      if (column.role === 'date' && mapping.shape === 'daily') {
        const first = describeColumn(columnCells(sample, mapping.headerRow, column.index));
        if (sign(first.dates - first.periods) !== sign(dates.dates - dates.periods)) {
          return `column ${column.index + 1} holds more periods than dates further down`;
        }
      }
    }
    const numbers = checks.numbers.get(column.index);
    if (numbers) {
      const guess = numbers.decide();
      if (!('numberLocale' in guess) || guess.numberLocale !== column.numberLocale) {
        return `the number format of column ${column.index + 1} changes further down`;
      }
    }
  }
  return null;
}

function refuse(
  table: RawTable,
  code: string,
  message: string,
  extra: Partial<ImportIssue>,
  issues: ImportIssue[],
): ImportResult<NormalisedTable> {
  const error = tableIssue(table, { code, severity: 'error', message, ...extra });
  return { ok: false, error, issues };
}

function ignoredColumnNotes(table: RawTable, mapping: TableMapping): ImportIssue[] {
  return mapping.columns
    .filter((c) => c.role === 'ignore' && c.header.trim() !== '')
    .map((c) =>
      tableIssue(table, {
        code: 'ignored-column',
        severity: 'info',
        message: `${placeText(table, undefined, c.header)}: not used.`,
        column: c.header,
        hint: 'Choose what the column holds if it should be imported.',
      }),
    );
}

/** normaliseTable's answer from a reader's body: the same refusals, issues and records. */
export function normalisedResult(
  table: RawTable,
  mapping: TableMapping,
  body: ReaderBody,
  policy: DuplicatePolicy,
): ImportResult<NormalisedTable> | NotEligible {
  const { duplicates, issues, farDates, records } = body;
  if (body.notEligible !== undefined) return notEligible(body.notEligible);
  if (duplicates.length > 0 && policy === 'ask') {
    const first = duplicates[0];
    const rows = first ? ` (first: ${first.label}, rows ${first.rows.join(', ')})` : '';
    return refuse(
      table,
      'duplicates',
      `${placeText(table)}: ${duplicates.length} dates appear more than once for the same region and model${rows}. Choose whether to add them up or keep the last.`,
      first?.rows[0] === undefined ? {} : { row: first.rows[0] },
      issues.summarised(),
    );
  }
  farDates.addIssues(table, issues);
  for (const note of ignoredColumnNotes(table, mapping)) issues.add(note);
  const summarised = issues.summarised();
  if (records.length === 0) {
    return refuse(table, 'no-data', `${placeText(table)}: no row could be read.`, {}, summarised);
  }
  let first = Infinity;
  let last = -Infinity;
  for (const record of records) {
    if (record.day < first) first = record.day;
    if (record.day > last) last = record.day;
  }
  return {
    ok: true,
    value: { records, granularity: 'day', duplicates, dateRange: [first, last] },
    issues: summarised,
  };
}
