import type { TableMapping } from '../../normalise/types';
import type { RawTable } from '../../types';
import { IssueTally } from '../issue-tally';
import { createVehicleReader, vehicleChecks, type VehicleKernelChoice } from '../vehicle-reader';

/** Per-vehicle columns the kernel tests draw from: a header and a role each. */
export const VEHICLE_HEADERS = [
  'VIN',
  'Country',
  'Model',
  'Order date',
  'Build date',
  'Delivery date',
  'Note',
  'Scheduled date',
] as const;
export const VEHICLE_ROLES = [
  'vin',
  'region',
  'model',
  'order-date',
  'build-date',
  'delivery-date',
  'ignore',
  'scheduled-date',
] as const satisfies readonly TableMapping['columns'][number]['role'][];

/**
 * A per-vehicle reader over columns in `order` (indexes into VEHICLE_ROLES), with its evidence;
 * `header` names column k (by default VEHICLE_HEADERS[k]); its kernel `kernel`.
 */
export function vehicleReader(
  order: readonly number[],
  header: (k: number) => string = (k) => VEHICLE_HEADERS[k] ?? `c${k}`,
  kernel: VehicleKernelChoice = 'webassembly',
) {
  const mapping: TableMapping = {
    shape: 'per-vehicle',
    headerRow: 0,
    columns: order.map((k, index) => ({
      index,
      header: header(k),
      role: VEHICLE_ROLES[k] ?? 'ignore',
    })),
  };
  const table: RawTable = { file: 'v.csv', sheet: null, rows: [], rowNumbers: [], notes: [] };
  const checks = vehicleChecks(mapping);
  return { reader: createVehicleReader(table, mapping, checks, kernel), checks, table };
}

export type VehicleReaderUnderTest = ReturnType<typeof vehicleReader>;

/** Everything a reader ends with: records, issues, far dates, VIN repeats, evidence. */
export function vehicleOutcome(read: VehicleReaderUnderTest) {
  const body = read.reader.finish();
  const farDates = new IssueTally();
  body.farDates.addIssues(read.table, farDates);
  return {
    records: body.records,
    issues: body.issues.summarised(),
    farDates: farDates.summarised(),
    notEligible: body.notEligible,
    evidence: [...read.checks.dates],
  };
}
