import { isoFromDay, type CalendarDay } from '../../records/calendar-day';
import type { DailyRecord } from '../../records/dataset';
import type { Measure } from '../../records/measures';
import type { ImportIssue, RawTable } from '../types';
import { cellText } from './cell-text';
import type { DateSeen } from './far-dates';
import { isOutsideCentury } from './far-dates';
import { UNNAMED_REGION } from './header-synonyms';
import { readDateCell } from './read-cell';
import { isEmptyRow } from './read-rows';
import { cellIssue, rowIssue } from './row-issues';
import { columnName, sourceRow, tableUses1904 } from './table-columns';
import type { ColumnMapping, ColumnRole, DuplicateGroup, TableMapping } from './types';

/** One vehicle (or order) as read from a row. */
export interface Vehicle {
  row: number;
  vin: string;
  region: string;
  model: string;
  ordered: CalendarDay | null;
  built: CalendarDay | null;
  delivered: CalendarDay | null;
  scheduled: CalendarDay | null;
}

export interface VehicleReading {
  vehicles: Vehicle[];
  issues: ImportIssue[];
  datesSeen: DateSeen[];
}

const EVENT_ROLES = ['order-date', 'build-date', 'delivery-date', 'scheduled-date'] as const;
type EventRole = (typeof EVENT_ROLES)[number];
const EVENT_FIELD: Record<EventRole, 'ordered' | 'built' | 'delivered' | 'scheduled'> = {
  'order-date': 'ordered',
  'build-date': 'built',
  'delivery-date': 'delivered',
  'scheduled-date': 'scheduled',
};

function find(mapping: TableMapping, role: ColumnRole): ColumnMapping | undefined {
  return mapping.columns.find((c) => c.role === role);
}

/**
 * Reads one vehicle per row. A row with an unreadable date is skipped (a vehicle counted on a
 * wrong day is worse than one reported missing); so is a date outside 2000–2100, because the
 * daily counts run over every day between the first and the last date.
 */
export function readVehicles(table: RawTable, mapping: TableMapping): VehicleReading {
  const uses1904 = tableUses1904(table);
  const regionColumn = find(mapping, 'region');
  const modelColumn = find(mapping, 'model');
  const vinColumn = find(mapping, 'vin');
  const events = EVENT_ROLES.flatMap((role) => {
    const column = find(mapping, role);
    return column ? [{ role, column, name: columnName(column) }] : [];
  });
  const reading: VehicleReading = { vehicles: [], issues: [], datesSeen: [] };
  rows: for (let index = mapping.headerRow + 1; index < table.rows.length; index++) {
    const cells = table.rows[index] ?? [];
    if (isEmptyRow(cells)) continue;
    const row = sourceRow(table, index);
    const vehicle: Vehicle = {
      row,
      vin: vinColumn ? cellText(cells[vinColumn.index] ?? null) : '',
      region: (regionColumn ? cellText(cells[regionColumn.index] ?? null) : '') || UNNAMED_REGION,
      model: modelColumn ? cellText(cells[modelColumn.index] ?? null) : '',
      ordered: null,
      built: null,
      delivered: null,
      scheduled: null,
    };
    const seen: DateSeen[] = [];
    for (const { role, column, name } of events) {
      const date = readDateCell(cells[column.index] ?? null, column, uses1904);
      if (date.problem) {
        reading.issues.push(cellIssue(table, row, name, date.problem, 'The row is skipped.'));
        continue rows;
      }
      if (date.value === null) continue;
      if (isOutsideCentury(date.value)) {
        const message = `${isoFromDay(date.value)} is outside 2000–2100; the row is skipped.`;
        reading.issues.push(rowIssue(table, 'date-out-of-range', row, name, message));
        continue rows;
      }
      vehicle[EVENT_FIELD[role]] = date.value;
      seen.push({ day: date.value, row, column: name });
    }
    if (seen.length === 0) {
      reading.issues.push(
        rowIssue(table, 'missing-date', row, undefined, 'The row has no date; it is skipped.'),
      );
      continue;
    }
    if (
      vehicle.ordered !== null &&
      vehicle.delivered !== null &&
      vehicle.delivered < vehicle.ordered
    ) {
      const column = events.find((e) => e.role === 'delivery-date')?.name;
      reading.issues.push(
        rowIssue(
          table,
          'delivered-before-ordered',
          row,
          column,
          'The vehicle is delivered before it was ordered; it is counted as given.',
        ),
      );
    }
    reading.datesSeen.push(...seen);
    reading.vehicles.push(vehicle);
  }
  return reading;
}

/** Rows that name the same VIN (or order number) more than once. */
export function findVehicleDuplicates(vehicles: readonly Vehicle[]): DuplicateGroup[] {
  const byVin = new Map<string, number[]>();
  for (const { vin, row } of vehicles) {
    if (vin === '') continue;
    byVin.set(vin, [...(byVin.get(vin) ?? []), row]);
  }
  return [...byVin]
    .filter(([, rows]) => rows.length > 1)
    .map(([vin, rows]) => ({ label: `VIN ${vin}`, vin, rows }));
}

/** Keeps the last row of each VIN; rows without one are all kept. */
export function keepLastVehicles(vehicles: readonly Vehicle[]): Vehicle[] {
  const last = new Map<string, number>();
  vehicles.forEach((vehicle, i) => {
    if (vehicle.vin !== '') last.set(vehicle.vin, i);
  });
  return vehicles.filter((vehicle, i) => vehicle.vin === '' || last.get(vehicle.vin) === i);
}

export interface VehicleMeasures {
  orders: boolean;
  production: boolean;
  deliveries: boolean;
  unscheduled: boolean;
}

/**
 * Daily counts per region × model, on every day from the first to the last date of the table:
 * orders by order date, production by build date, deliveries by delivery date, and the levels
 * backlog (orders so far − deliveries so far) and unscheduled (ordered, not delivered, with no
 * scheduled date).
 */
export function vehicleDailyRecords(
  vehicles: readonly Vehicle[],
  present: VehicleMeasures,
): DailyRecord[] {
  let first = Infinity;
  let last = -Infinity;
  for (const v of vehicles) {
    for (const day of [v.ordered, v.built, v.delivered, v.scheduled]) {
      if (day === null) continue;
      first = Math.min(first, day);
      last = Math.max(last, day);
    }
  }
  if (first > last) return [];
  const length = last - first + 1;
  const bump = (counts: Float64Array, day: CalendarDay, by = 1): void => {
    counts[day - first] = (counts[day - first] ?? 0) + by;
  };
  const groups = new Map<string, { region: string; model: string; vehicles: Vehicle[] }>();
  for (const vehicle of vehicles) {
    const key = `${vehicle.region}\u0000${vehicle.model}`;
    const group = groups.get(key) ?? { region: vehicle.region, model: vehicle.model, vehicles: [] };
    group.vehicles.push(vehicle);
    groups.set(key, group);
  }
  const records: DailyRecord[] = [];
  for (const { region, model, vehicles: group } of groups.values()) {
    const orders = new Float64Array(length);
    const production = new Float64Array(length);
    const deliveries = new Float64Array(length);
    const unscheduledChange = new Float64Array(length + 1);
    for (const v of group) {
      if (v.ordered !== null) bump(orders, v.ordered);
      if (v.built !== null) bump(production, v.built);
      if (v.delivered !== null) bump(deliveries, v.delivered);
      if (v.ordered !== null && v.scheduled === null) {
        bump(unscheduledChange, v.ordered);
        if (v.delivered !== null) bump(unscheduledChange, Math.max(v.delivered, v.ordered), -1);
      }
    }
    let ordersSoFar = 0;
    let deliveriesSoFar = 0;
    let unscheduled = 0;
    for (let i = 0; i < length; i++) {
      ordersSoFar += orders[i] ?? 0;
      deliveriesSoFar += deliveries[i] ?? 0;
      unscheduled += unscheduledChange[i] ?? 0;
      const values: Partial<Record<Measure, number>> = {};
      if (present.orders) {
        values.orders = orders[i] ?? 0;
        values.backlog = ordersSoFar - deliveriesSoFar;
      }
      if (present.production) values.production = production[i] ?? 0;
      if (present.deliveries) values.deliveries = deliveries[i] ?? 0;
      if (present.unscheduled) values.unscheduled = unscheduled;
      records.push({ day: first + i, region, model, granularity: 'day', values });
    }
  }
  return records;
}
