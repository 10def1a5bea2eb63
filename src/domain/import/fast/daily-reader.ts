import { isoFromDay } from '../../records/calendar-day';
import type { DailyRecord } from '../../records/dataset';
import type { Measure } from '../../records/measures';
import { UNNAMED_REGION } from '../normalise/header-synonyms';
import type { CellProblem } from '../normalise/read-cell';
import { countIssue } from '../normalise/read-rows';
import { cellIssue, rowIssue } from '../normalise/row-issues';
import { columnName } from '../normalise/table-columns';
import type { ColumnMapping, DuplicateGroup, TableMapping } from '../normalise/types';
import type { RawTable } from '../types';
import { DateEvidence, NumberEvidenceTally } from './column-evidence';
import type { PlainRowKernel } from './plain-rows';
import { DayColumns } from './day-range';
import { FarDateTally } from './far-date-tally';
import { IssueTally } from './issue-tally';
import { LabelTable } from './labels';
import type { ColumnChecks, RowSource } from './row-source';

/** What a table reader hands back: normaliseTable's body, gathered without keeping the rows. */
export interface ReaderBody {
  /** Set when the reader met something only the general reader can answer. */
  notEligible?: string;
  records: DailyRecord[];
  duplicates: DuplicateGroup[];
  issues: IssueTally;
  farDates: FarDateTally;
}

export interface TableReader {
  readRow(source: RowSource): void;
  /**
   * The kernel that reads the usual rows of a delimited text straight from their ASCII bytes;
   * a reader without one has every row read by the scanner and readRow.
   */
  plainRows?(delimiter: number, width: number): PlainRowKernel;
  finish(): ReaderBody;
}

interface Group {
  region: number;
  model: number;
  /** Column 0: the first source row of each day (0: none); then one column per measure. */
  days: DayColumns;
}

const FIRST_ROW = 0;

/**
 * readTableRows, combineDuplicates and spreadEntry for a daily table (one date column, figures
 * by measure), adding rows straight into per-day arrays by region × model: memory grows with
 * the days and regions, not with the rows.
 */
export function createDailyReader(
  table: RawTable,
  mapping: TableMapping,
  policy: 'sum' | 'keep-last' | 'ask',
  checks: ColumnChecks | null,
): TableReader {
  const timeColumn = mapping.columns.find((c) => c.role === 'date');
  if (!timeColumn) throw new Error('createDailyReader needs a date column');
  const regionColumn = mapping.columns.find((c) => c.role === 'region');
  const modelColumn = mapping.columns.find((c) => c.role === 'model');
  const measureColumns = mapping.columns.filter(
    (c): c is ColumnMapping & { measure: Measure } =>
      c.role === 'measure' && c.measure !== undefined,
  );
  const measures = [...new Set(measureColumns.map((c) => c.measure))];
  const timeName = columnName(timeColumn);
  const regionName = regionColumn ? columnName(regionColumn) : '';
  const measureNames = measureColumns.map(columnName);
  const timeEvidence = checks?.dates.get(timeColumn.index) ?? null;
  const measureEvidence = measureColumns.map((c) => checks?.numbers.get(c.index) ?? null);

  const issues = new IssueTally();
  const farDates = new FarDateTally();
  const regions = new LabelTable();
  const models = new LabelTable();
  const blank = regions.ofName('');
  const unnamed = regions.ofName(UNNAMED_REGION);
  const noModel = models.ofName('');
  const groups = new Map<number, Group>();
  const duplicateRows = new Map<string, number[]>();
  const fills = [0, ...measures.map(() => NaN)];
  const slotOf = measureColumns.map((c) => 1 + measures.indexOf(c.measure));
  const rowValues = new Float64Array(measureColumns.length);

  function groupOf(region: number, model: number): Group {
    const key = region * 65_536 + model;
    let group = groups.get(key);
    if (group === undefined) {
      group = { region, model, days: new DayColumns(fills) };
      groups.set(key, group);
    }
    return group;
  }

  function feedSkippedRow(source: RowSource): void {
    for (let k = 0; k < measureColumns.length; k++) {
      const evidence = measureEvidence[k];
      if (evidence) source.number(measureColumns[k]!, evidence);
    }
  }

  function readRow(source: RowSource): void {
    if (source.isEmpty()) return;
    const row = source.row;
    const day = source.date(timeColumn!, timeEvidence);
    if (source.problem) {
      if (issues.wants(source.problem.code)) {
        issues.add(cellIssue(table, row, timeName, source.problem, 'The row is skipped.'));
      } else issues.count(source.problem.code);
      feedSkippedRow(source);
      return;
    }
    if (Number.isNaN(day)) {
      if (issues.wants('missing-date')) {
        const message = 'The row has no date; it is skipped.';
        issues.add(rowIssue(table, 'missing-date', row, timeName, message));
      } else issues.count('missing-date');
      feedSkippedRow(source);
      return;
    }
    farDates.see(day, row, timeName);
    let region = regionColumn ? source.label(regionColumn.index, regions) : unnamed;
    if (region === blank) {
      region = unnamed;
      if (regionColumn) {
        if (issues.wants('missing-region')) {
          const message = `The row has no region; it is counted under "${UNNAMED_REGION}".`;
          issues.add(rowIssue(table, 'missing-region', row, regionName, message));
        } else issues.count('missing-region');
      }
    }
    const model = modelColumn ? source.label(modelColumn.index, models) : noModel;
    let any = false;
    for (let k = 0; k < measureColumns.length; k++) {
      const value = source.number(measureColumns[k]!, measureEvidence[k] ?? null);
      const name = measureNames[k] ?? '';
      // Read again: TypeScript keeps the narrowing of the date's check across the call.
      const problem = source.problem as CellProblem | null;
      if (problem) {
        if (issues.wants(problem.code)) {
          issues.add(cellIssue(table, row, name, problem, 'It is read as no value.'));
        } else issues.count(problem.code);
      }
      rowValues[k] = value;
      if (Number.isNaN(value)) continue;
      any = true;
      if (value < 0 || !Number.isInteger(value)) {
        const code = value < 0 ? 'negative-count' : 'fractional-count';
        if (issues.wants(code)) {
          const issue = countIssue(table, row, name, value);
          if (issue) issues.add(issue);
        } else issues.count(code);
      }
    }
    if (!any) return;
    const group = groupOf(region, model);
    const at = group.days.at(day);
    const columns = group.days.columns;
    const firstRows = columns[FIRST_ROW]!;
    const firstRow = firstRows[at] ?? 0;
    if (firstRow === 0) firstRows[at] = row;
    else {
      const key = `${region}:${model}:${day}`;
      const rows = duplicateRows.get(key);
      if (rows) rows.push(row);
      else duplicateRows.set(key, [firstRow, row]);
    }
    const keepLast = firstRow !== 0 && policy === 'keep-last';
    for (let k = 0; k < measureColumns.length; k++) {
      const value = rowValues[k] ?? NaN;
      if (Number.isNaN(value)) continue;
      const values = columns[slotOf[k] as number] as Float64Array;
      const before = values[at] ?? NaN;
      values[at] = Number.isNaN(before) || keepLast ? value : before + value;
    }
  }

  function finish(): ReaderBody {
    const records: DailyRecord[] = [];
    for (const group of groups.values()) {
      const regionText = regions.names[group.region] ?? '';
      const modelText = models.names[group.model] ?? '';
      const { first, length, columns } = group.days;
      const firstRows = columns[FIRST_ROW]!;
      // Looked up once a group, not once a record: tens of thousands of records are built here.
      const measureValues = columns.slice(1);
      for (let at = 0; at < length; at++) {
        if ((firstRows[at] ?? 0) === 0) continue;
        const values: Partial<Record<Measure, number>> = {};
        for (let k = 0; k < measures.length; k++) {
          const value = (measureValues[k] as Float64Array)[at] as number;
          if (!Number.isNaN(value)) values[measures[k] as Measure] = value;
        }
        records.push({
          day: first + at,
          region: regionText,
          model: modelText,
          granularity: 'day',
          values,
        });
      }
    }
    const duplicates: DuplicateGroup[] = [];
    for (const [key, rows] of duplicateRows) {
      const [region = 0, model = 0, day = 0] = key.split(':').map(Number);
      const regionText = regions.names[region] ?? '';
      const modelText = models.names[model] ?? '';
      duplicates.push({
        label: [isoFromDay(day), regionText, modelText].filter((part) => part !== '').join(' · '),
        day,
        region: regionText,
        model: modelText,
        rows,
      });
    }
    duplicates.sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
    return { records, duplicates, issues, farDates };
  }

  return { readRow, finish };
}

/** The evidence objects for a guessed daily mapping's format-detected columns. */
export function dailyChecks(mapping: TableMapping): ColumnChecks {
  const checks: ColumnChecks = { dates: new Map(), numbers: new Map() };
  for (const column of mapping.columns) {
    if (column.role === 'date') checks.dates.set(column.index, new DateEvidence());
    if (column.role === 'measure') checks.numbers.set(column.index, new NumberEvidenceTally());
  }
  return checks;
}
