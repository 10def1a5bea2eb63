import type { CalendarDay } from '../../records/calendar-day';
import { isoFromDay } from '../../records/calendar-day';
import type { DailyRecord, Granularity } from '../../records/dataset';
import type { ImportIssue, ImportResult, RawTable } from '../types';
import { combineDuplicates, findDuplicates } from './combine-duplicates';
import { farDateIssues, type DateSeen } from './far-dates';
import {
  findVehicleDuplicates,
  keepLastVehicles,
  readVehicles,
  vehicleDailyRecords,
} from './per-vehicle';
import { readDateCell } from './read-cell';
import { readTableRows } from './read-rows';
import { parseNumberText } from './number-text';
import { spreadEntry } from './spread-periods';
import { summariseIssues } from '../summarise-issues';
import { columnName, placeText, tableIssue } from './table-columns';
import type {
  ColumnMapping,
  DuplicateGroup,
  DuplicatePolicy,
  NormalisedTable,
  TableMapping,
} from './types';

export interface NormaliseOptions {
  duplicates: DuplicatePolicy;
}

interface Body {
  records: DailyRecord[];
  duplicates: DuplicateGroup[];
  issues: ImportIssue[];
  datesSeen: DateSeen[];
}

type Failure = Extract<ImportResult<never>, { ok: false }>;

function refuse(
  table: RawTable,
  code: string,
  message: string,
  extra: Partial<ImportIssue> = {},
  issues: ImportIssue[] = [],
): Failure {
  const error = tableIssue(table, { code, severity: 'error', message, ...extra });
  return { ok: false, error, issues: summariseIssues(issues) };
}

function question(column: ColumnMapping): string {
  const answer = column.needsAnswer;
  if (!answer) return '';
  if (answer.kind === 'number-locale') {
    const en = parseNumberText(answer.example, 'en');
    const de = parseNumberText(answer.example, 'de');
    return `is "${answer.example}" ${en ?? '?'} or ${de ?? '?'}? Choose the number format of the column.`;
  }
  const read = (dateOrder: 'dmy' | 'mdy'): string => {
    const day = readDateCell(answer.example, { ...column, dateOrder }, false).value;
    return day === null ? '?' : isoFromDay(day);
  };
  return `is "${answer.example}" ${read('dmy')} (day first) or ${read('mdy')} (month first)? Choose the date order of the column.`;
}

function checkMapping(table: RawTable, mapping: TableMapping): Failure | null {
  const open = mapping.columns.filter((c) => c.needsAnswer !== undefined && c.role !== 'ignore');
  if (open.length > 0) {
    const [error, ...issues] = open.map((column) =>
      tableIssue(table, {
        code: 'needs-answer',
        severity: 'error',
        message: `${placeText(table, undefined, columnName(column))}: ${question(column)}`,
        column: columnName(column),
      }),
    );
    if (error) return { ok: false, error, issues };
  }
  if (table.rows.length <= mapping.headerRow + 1) {
    return refuse(
      table,
      'empty-table',
      `${placeText(table)}: the table has no rows below its headers.`,
    );
  }
  const roles = new Set(mapping.columns.map((c) => c.role));
  if (mapping.shape === 'per-vehicle') {
    if (
      !['order-date', 'build-date', 'delivery-date'].some((role) =>
        roles.has(role as ColumnMapping['role']),
      )
    ) {
      return refuse(
        table,
        'no-date-column',
        `${placeText(table)}: no column holds an order, build or delivery date.`,
        {
          hint: 'Choose which column holds the order, build or delivery date.',
        },
      );
    }
    return null;
  }
  if (!roles.has('date') && !roles.has('period')) {
    return refuse(
      table,
      'no-date-column',
      `${placeText(table)}: no column holds dates, months or quarters.`,
      {
        hint: 'Choose which column holds the date.',
      },
    );
  }
  if (!mapping.columns.some((c) => c.role === 'measure' && c.measure !== undefined)) {
    return refuse(
      table,
      'no-measure-column',
      `${placeText(table)}: no column holds deliveries, production, orders, backlog, unscheduled or inventory.`,
      {
        hint: 'Choose which columns hold the figures.',
      },
    );
  }
  return null;
}

function duplicatesQuestion(table: RawTable, duplicates: DuplicateGroup[], body: Body): Failure {
  const first = duplicates[0];
  const rows = first ? ` (first: ${first.label}, rows ${first.rows.join(', ')})` : '';
  return refuse(
    table,
    'duplicates',
    `${placeText(table)}: ${duplicates.length} dates appear more than once for the same region and model${rows}. Choose whether to add them up or keep the last.`,
    first?.rows[0] === undefined ? {} : { row: first.rows[0] },
    body.issues,
  );
}

function vehicleBody(
  table: RawTable,
  mapping: TableMapping,
  policy: DuplicatePolicy,
): Body | Failure {
  const reading = readVehicles(table, mapping);
  const duplicates = findVehicleDuplicates(reading.vehicles);
  const body: Body = {
    records: [],
    duplicates,
    issues: reading.issues,
    datesSeen: reading.datesSeen,
  };
  if (duplicates.length > 0 && policy === 'ask') return duplicatesQuestion(table, duplicates, body);
  const vehicles = policy === 'keep-last' ? keepLastVehicles(reading.vehicles) : reading.vehicles;
  const has = (role: ColumnMapping['role']): boolean =>
    mapping.columns.some((c) => c.role === role);
  body.records = vehicleDailyRecords(vehicles, {
    orders: has('order-date'),
    production: has('build-date'),
    deliveries: has('delivery-date'),
    unscheduled: has('order-date') && has('scheduled-date'),
  });
  return body;
}

function rowBody(table: RawTable, mapping: TableMapping, policy: DuplicatePolicy): Body | Failure {
  const reading = readTableRows(table, mapping);
  const duplicates = findDuplicates(reading.entries);
  const body: Body = {
    records: [],
    duplicates,
    issues: reading.issues,
    datesSeen: reading.datesSeen,
  };
  if (duplicates.length > 0 && policy === 'ask') return duplicatesQuestion(table, duplicates, body);
  const entries =
    duplicates.length > 0
      ? combineDuplicates(reading.entries, policy === 'ask' ? 'sum' : policy)
      : reading.entries;
  body.records = entries.flatMap(spreadEntry);
  return body;
}

const COARSENESS: Record<Granularity, number> = { day: 0, month: 1, quarter: 2 };

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

/**
 * Turns a table into daily records with its mapping: dates read per column, numbers per column
 * locale, periods spread over their days, vehicles counted per day, wide tables melted. Refuses
 * while a column still needs an answer, or when nothing could be read; every row-level problem
 * is a warning that names the row and column.
 */
export function normaliseTable(
  table: RawTable,
  mapping: TableMapping,
  options: NormaliseOptions,
): ImportResult<NormalisedTable> {
  const refusal = checkMapping(table, mapping);
  if (refusal) return refusal;
  const body =
    mapping.shape === 'per-vehicle'
      ? vehicleBody(table, mapping, options.duplicates)
      : rowBody(table, mapping, options.duplicates);
  if ('ok' in body) return body;
  const issues = summariseIssues([
    ...body.issues,
    ...farDateIssues(table, body.datesSeen),
    ...ignoredColumnNotes(table, mapping),
  ]);
  if (body.records.length === 0) {
    return refuse(table, 'no-data', `${placeText(table)}: no row could be read.`, {}, issues);
  }
  let granularity: Granularity = 'day';
  let first: CalendarDay = Infinity;
  let last: CalendarDay = -Infinity;
  for (const record of body.records) {
    const recordGranularity = record.granularity ?? 'day';
    if (COARSENESS[recordGranularity] > COARSENESS[granularity]) granularity = recordGranularity;
    first = Math.min(first, record.day);
    last = Math.max(last, record.day);
  }
  return {
    ok: true,
    value: {
      records: body.records,
      granularity,
      duplicates: body.duplicates,
      dateRange: [first, last],
    },
    issues,
  };
}
