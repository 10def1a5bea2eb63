import { EARLIEST_YEAR, LATEST_YEAR } from '../normalise/far-dates';
import type { VehicleColumns } from './vehicle-kernel-targets';
import type { VehicleKernelExports } from './vehicle-kernel-wasm';

/** Field roles, as wasm/vehicle-kernel.ts numbers them. */
export const EVENT = 1;
export const REGION = 3;
export const MODEL = 4;
const VIN = 2;
/** The kernel's reason for a row it refused that it could count once taught. */
export const UNTAUGHT = -2;
/** The kernel's reason for stopping with its log of sightings full (it refused no row). */
export const LOG_FULL = -3;
/** The kernel's results, i32 by i32 (wasm/layout.ts R_*). */
export const TAKEN = 0;
export const REASON = 1;
export const REGION_START = 2;
export const REGION_END = 3;
export const MODEL_START = 4;
export const MODEL_END = 5;
export const DAYS = 6;
export const YEAR_FIRSTS = 10;
export const SIGHTINGS = 14;
/** Counts a group block holds per day: orders, production, deliveries, unscheduled change. */
export const COUNTS = 4;
/** Rows a call: V8 moves a WebAssembly function to optimised code between calls, not within. */
export const ROWS_A_CALL = 4096;

/**
 * Configures a kernel instance for a table's columns, with the region and model numbers rows
 * are counted under where the table has no such column. `logSightings`: rows with days whose
 * first sightings the far-date tally still keeps are counted, the sightings logged (a first
 * reader, which sees them); otherwise refused, untaught. False when the kernel cannot read it
 * (two roles in one column, too many fields, no memory).
 */
export function configureKernel(
  wasm: VehicleKernelExports,
  delimiter: number,
  width: number,
  columns: VehicleColumns,
  fixed: { region: number; model: number; countsUnscheduled: boolean; logSightings: boolean },
): boolean {
  const inside = (at: number) => at >= 0 && at < width;
  const used = [...columns.events, columns.vin, columns.region, columns.model].filter(inside);
  if (new Set(used).size < used.length) return false;
  const configured = wasm.configure(
    delimiter,
    width,
    inside(columns.region) ? -1 : fixed.region,
    inside(columns.model) ? -1 : fixed.model,
    fixed.countsUnscheduled ? 1 : 0,
    EARLIEST_YEAR,
    LATEST_YEAR,
    fixed.logSightings ? 1 : 0,
  );
  if (!configured) return false;
  columns.events.forEach((at, k) => wasm.fieldRole(at, EVENT, k));
  wasm.fieldRole(columns.vin, VIN, 0);
  wasm.fieldRole(columns.region, REGION, 0);
  wasm.fieldRole(columns.model, MODEL, 0);
  return true;
}

/** Whether the table has a column at `at`. */
export function hasColumn(at: number, width: number): boolean {
  return at >= 0 && at < width;
}
