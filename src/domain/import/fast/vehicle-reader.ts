import { isoFromDay } from '../../records/calendar-day';
import { UNNAMED_REGION } from '../normalise/header-synonyms';
import { cellIssue, rowIssue } from '../normalise/row-issues';
import { columnName } from '../normalise/table-columns';
import type { ColumnMapping, TableMapping } from '../normalise/types';
import type { RawTable } from '../types';
import { FingerprintList } from './byte-keys';
import { DateEvidence } from './column-evidence';
import type { ReaderBody, TableReader } from './daily-reader';
import { outsideCentury } from './day-range';
import { IssueTally } from './issue-tally';
import { LabelTable } from './labels';
import type { PlainRowKernel } from './plain-rows';
import type { ColumnChecks, RowSource } from './row-source';
import type { VehicleColumns, VehicleTargets } from './vehicle-kernel-targets';
import { acquireKernelInstance, releaseKernelInstance } from './vehicle-kernel-wasm';
import { VehicleRowKernel } from './vehicle-row-kernel';
import { WasmVehicleKernel } from './wasm-vehicle-kernel';
import { NO_DAY, VehicleTally, type VehicleMeasures } from './vehicle-tally';

/** In readVehicles' order: the first problem in this order is the one reported. */
const EVENT_ROLES = ['order-date', 'build-date', 'delivery-date', 'scheduled-date'] as const;
const ORDERED = 0;
const BUILT = 1;
const DELIVERED = 2;
const SCHEDULED = 3;

interface EventColumn {
  column: ColumnMapping;
  name: string;
  evidence: DateEvidence | null;
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
  kernel: VehicleKernelChoice = 'webassembly',
): TableReader {
  const find = (role: ColumnMapping['role']) => mapping.columns.find((c) => c.role === role);
  const regionColumn = find('region');
  const modelColumn = find('model');
  const vinColumn = find('vin');
  const events: (EventColumn | null)[] = EVENT_ROLES.map((role) => {
    const column = find(role);
    return column
      ? { column, name: columnName(column), evidence: checks?.dates.get(column.index) ?? null }
      : null;
  });
  const present: VehicleMeasures = {
    orders: events[ORDERED] !== null,
    production: events[BUILT] !== null,
    deliveries: events[DELIVERED] !== null,
    unscheduled: events[ORDERED] !== null && events[SCHEDULED] !== null,
  };

  const issues = new IssueTally();
  const tally = new VehicleTally(present.unscheduled);
  const regions = new LabelTable();
  const models = new LabelTable();
  const blank = regions.ofName('');
  const unnamed = regions.ofName(UNNAMED_REGION);
  const noModel = models.ofName('');
  const vins = new FingerprintList();

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
    countVehicle(source, row, ordered, built, delivered, scheduled);
  }

  const eventNames = events.map((event) => event?.name ?? '');

  /** The WebAssembly kernel, once made (one a table): what it counted joins the tallies at the end. */
  let webAssemblyKernel: WasmVehicleKernel | null = null;

  function plainRows(delimiter: number, width: number): PlainRowKernel {
    const at = (k: number) => events[k]?.column.index ?? -1;
    const columns: VehicleColumns = {
      events: [at(ORDERED), at(BUILT), at(DELIVERED), at(SCHEDULED)],
      vin: vinColumn?.index ?? -1,
      region: regionColumn?.index ?? -1,
      model: modelColumn?.index ?? -1,
    };
    const targets: VehicleTargets = {
      tally,
      regions,
      models,
      vins,
      evidences: events.map((event) => event?.evidence ?? null),
      eventNames,
      blankRegion: blank,
      unnamedRegion: unnamed,
      noModel,
    };
    if (kernel === 'webassembly' && webAssemblyKernel === null) {
      const wasm = acquireKernelInstance();
      const fast = wasm && WasmVehicleKernel.create(wasm, delimiter, width, columns, targets);
      if (fast) return (webAssemblyKernel = fast);
      if (wasm) releaseKernelInstance(wasm);
    }
    return new VehicleRowKernel(delimiter, width, columns, targets);
  }

  function see(day: number, row: number, k: number): void {
    if (!Number.isNaN(day)) tally.farDates.see(day, row, eventNames[k] as string);
  }

  /** A vehicle read without a problem that skips it: its days, VIN, region and model. */
  function countVehicle(
    source: RowSource,
    row: number,
    ordered: number,
    built: number,
    delivered: number,
    scheduled: number,
  ): void {
    see(ordered, row, ORDERED);
    see(built, row, BUILT);
    see(delivered, row, DELIVERED);
    see(scheduled, row, SCHEDULED);
    if (vinColumn) source.fingerprint(vinColumn.index, vins);
    let region = regionColumn ? source.label(regionColumn.index, regions) : blank;
    if (region === blank) region = unnamed;
    const model = modelColumn ? source.label(modelColumn.index, models) : noModel;
    const group = tally.groupOf(region, model);
    tally.addDays(group, dayOf(ordered), dayOf(built), dayOf(delivered), dayOf(scheduled));
  }

  function finish(): ReaderBody {
    const mayRepeat = webAssemblyKernel ? webAssemblyKernel.finish().mayRepeat : vins.mayRepeat();
    const records = tally.records(regions.names, models.names, present);
    const body: ReaderBody = { records, duplicates: [], issues, farDates: tally.farDates };
    if (mayRepeat) {
      body.notEligible = 'a VIN may be repeated: the general reader lists repeats';
    }
    return body;
  }

  return { readRow, plainRows, finish };
}

/**
 * The kernel for usual rows: WebAssembly where it can run (else JavaScript), or JavaScript
 * only (tests of both, and the bench's comparison).
 */
export type VehicleKernelChoice = 'webassembly' | 'javascript';

/** A day read by readEvent (NaN: no such event) as VehicleTally.addDays takes it. */
function dayOf(day: number): number {
  return Number.isNaN(day) ? NO_DAY : day;
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
