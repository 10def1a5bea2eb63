import { isoFromDay } from '../../records/calendar-day';
import type { DailyRecord } from '../../records/dataset';
import type { Measure } from '../../records/measures';
import { UNNAMED_REGION } from '../normalise/header-synonyms';
import { cellIssue, rowIssue } from '../normalise/row-issues';
import { columnName } from '../normalise/table-columns';
import type { ColumnMapping, TableMapping } from '../normalise/types';
import type { RawTable } from '../types';
import { FingerprintList } from './byte-keys';
import { DateEvidence } from './column-evidence';
import type { ReaderBody, TableReader } from './daily-reader';
import { GroupDayCounts, outsideCentury } from './day-range';
import { FarDateTally } from './far-date-tally';
import { IssueTally } from './issue-tally';
import { LabelTable } from './labels';
import type { ColumnChecks, RowSource } from './row-source';

/** In readVehicles' order: the first problem in this order is the one reported. */
const EVENT_ROLES = ['order-date', 'build-date', 'delivery-date', 'scheduled-date'] as const;
const ORDERED = 0;
const BUILT = 1;
const DELIVERED = 2;
const SCHEDULED = 3;

/** Columns of a group's days: vehicles ordered, built, delivered, and the change in unscheduled. */
const ORDERS = 0;
const PRODUCTION = 1;
const DELIVERIES = 2;
const UNSCHEDULED_CHANGE = 3;
const COUNTS = 4;

interface Group {
  region: number;
  model: number;
}

/**
 * readVehicles, findVehicleDuplicates and vehicleDailyRecords in one pass: each vehicle is
 * counted on its days as it is read, so no vehicle is kept. VINs are kept as fingerprints:
 * when two may be the same, the table is left to the general reader, which lists repeats and
 * applies the duplicate policy (that needs every vehicle kept).
 */
export function createVehicleReader(
  table: RawTable,
  mapping: TableMapping,
  checks: ColumnChecks | null,
): TableReader {
  const find = (role: ColumnMapping['role']) => mapping.columns.find((c) => c.role === role);
  const regionColumn = find('region');
  const modelColumn = find('model');
  const vinColumn = find('vin');
  const events = EVENT_ROLES.map((role) => {
    const column = find(role);
    return column
      ? { column, name: columnName(column), evidence: checks?.dates.get(column.index) ?? null }
      : null;
  });
  const present = {
    orders: events[ORDERED] !== null,
    production: events[BUILT] !== null,
    deliveries: events[DELIVERED] !== null,
    unscheduled: events[ORDERED] !== null && events[SCHEDULED] !== null,
  };

  const issues = new IssueTally();
  const farDates = new FarDateTally();
  const regions = new LabelTable();
  const models = new LabelTable();
  const blank = regions.ofName('');
  const unnamed = regions.ofName(UNNAMED_REGION);
  const noModel = models.ofName('');
  const vins = new FingerprintList();
  // Group numbers by region, then model: two array look-ups per row instead of a map's hashing.
  const groupsByRegion: (number | undefined)[][] = [];
  const groups: Group[] = [];
  const counts = new GroupDayCounts(COUNTS);
  let firstDay = Infinity;
  let lastDay = -Infinity;

  function skip(code: string, make: () => Parameters<IssueTally['add']>[0]): void {
    if (issues.wants(code)) issues.add(make());
    else issues.count(code);
  }

  /** Whether the row being read had a problem in an event cell: it is then skipped. */
  let rowSkipped = false;

  /**
   * The day of event k's cell, or NaN. Every event cell is read, even past a problem: the
   * guessed formats were detected from all of them; only the first problem is reported.
   */
  function readEvent(source: RowSource, k: number, row: number): number {
    const event = events[k];
    if (!event) return NaN;
    const day = source.date(event.column, event.evidence);
    if (rowSkipped) return NaN;
    const found = source.problem;
    if (found) {
      rowSkipped = true;
      skip(found.code, () => cellIssue(table, row, event.name, found, 'The row is skipped.'));
      return NaN;
    }
    if (Number.isNaN(day)) return NaN;
    if (outsideCentury(day)) {
      rowSkipped = true;
      const message = `${isoFromDay(day)} is outside 2000–2100; the row is skipped.`;
      skip('date-out-of-range', () =>
        rowIssue(table, 'date-out-of-range', row, event.name, message));
      return NaN;
    }
    return day;
  }

  function see(day: number, row: number, k: number): void {
    if (Number.isNaN(day)) return;
    farDates.see(day, row, events[k]?.name ?? '');
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }

  function readRow(source: RowSource): void {
    if (source.isEmpty()) return;
    const row = source.row;
    rowSkipped = false;
    const ordered = readEvent(source, ORDERED, row);
    const built = readEvent(source, BUILT, row);
    const delivered = readEvent(source, DELIVERED, row);
    const scheduled = readEvent(source, SCHEDULED, row);
    if (rowSkipped) return;
    if (
      Number.isNaN(ordered) &&
      Number.isNaN(built) &&
      Number.isNaN(delivered) &&
      Number.isNaN(scheduled)
    ) {
      skip('missing-date', () =>
        rowIssue(table, 'missing-date', row, undefined, 'The row has no date; it is skipped.'));
      return;
    }
    if (delivered < ordered) {
      const message = 'The vehicle is delivered before it was ordered; it is counted as given.';
      skip('delivered-before-ordered', () =>
        rowIssue(table, 'delivered-before-ordered', row, events[DELIVERED]?.name, message));
    }
    see(ordered, row, ORDERED);
    see(built, row, BUILT);
    see(delivered, row, DELIVERED);
    see(scheduled, row, SCHEDULED);
    if (vinColumn) source.fingerprint(vinColumn.index, vins);
    let region = regionColumn ? source.label(regionColumn.index, regions) : blank;
    if (region === blank) region = unnamed;
    const model = modelColumn ? source.label(modelColumn.index, models) : noModel;
    const byModel = (groupsByRegion[region] ??= []);
    let group = byModel[model];
    if (group === undefined) {
      group = groups.length;
      byModel[model] = group;
      groups.push({ region, model });
    }
    // Index first: finding a day may grow (replace) the array.
    if (!Number.isNaN(ordered)) {
      let at = counts.at(group, ordered);
      counts.counts[at + ORDERS]! += 1;
      if (Number.isNaN(scheduled)) {
        counts.counts[at + UNSCHEDULED_CHANGE]! += 1;
        if (!Number.isNaN(delivered)) {
          at = counts.at(group, Math.max(delivered, ordered));
          counts.counts[at + UNSCHEDULED_CHANGE]! -= 1;
        }
      }
    }
    if (!Number.isNaN(built)) {
      const at = counts.at(group, built);
      counts.counts[at + PRODUCTION]! += 1;
    }
    if (!Number.isNaN(delivered)) {
      const at = counts.at(group, delivered);
      counts.counts[at + DELIVERIES]! += 1;
    }
  }

  function finish(): ReaderBody {
    const records: DailyRecord[] = [];
    if (firstDay <= lastDay) {
      groups.forEach((group, index) => pushGroupRecords(group, index, records));
    }
    const body: ReaderBody = { records, duplicates: [], issues, farDates };
    if (vins.mayRepeat()) {
      body.notEligible = 'a VIN may be repeated: the general reader lists repeats';
    }
    return body;
  }

  function pushGroupRecords(group: Group, index: number, records: DailyRecord[]): void {
    const region = regions.names[group.region] ?? '';
    const model = models.names[group.model] ?? '';
    const count = (k: number, day: number): number => counts.get(index, day, k);
    let ordersSoFar = 0;
    let deliveriesSoFar = 0;
    let unscheduled = 0;
    for (let day = firstDay; day <= lastDay; day++) {
      const orders = count(ORDERS, day);
      const deliveries = count(DELIVERIES, day);
      ordersSoFar += orders;
      deliveriesSoFar += deliveries;
      unscheduled += count(UNSCHEDULED_CHANGE, day);
      const values: Partial<Record<Measure, number>> = {};
      if (present.orders) {
        values.orders = orders;
        values.backlog = ordersSoFar - deliveriesSoFar;
      }
      if (present.production) values.production = count(PRODUCTION, day);
      if (present.deliveries) values.deliveries = deliveries;
      if (present.unscheduled) values.unscheduled = unscheduled;
      records.push({ day, region, model, granularity: 'day', values });
    }
  }

  return { readRow, finish };
}

/** The evidence objects for a guessed per-vehicle mapping's date columns. */
export function vehicleChecks(mapping: TableMapping): ColumnChecks {
  const checks: ColumnChecks = { dates: new Map(), numbers: new Map() };
  for (const column of mapping.columns) {
    if ((EVENT_ROLES as readonly string[]).includes(column.role)) {
      checks.dates.set(column.index, new DateEvidence());
    }
  }
  return checks;
}
