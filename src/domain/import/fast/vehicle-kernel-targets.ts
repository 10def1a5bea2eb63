import type { FingerprintList } from './byte-keys';
import type { DateEvidence } from './column-evidence';
import type { LabelTable } from './labels';
import type { VehicleTally } from './vehicle-tally';

/** The columns of a per-vehicle table, by role (-1: not mapped); events in readVehicles' order. */
export interface VehicleColumns {
  /** Ordered, built, delivered, scheduled. */
  events: readonly [number, number, number, number];
  vin: number;
  region: number;
  model: number;
}

/** Where a vehicle read by the kernel is counted: the vehicle reader's own tallies. */
export interface VehicleTargets {
  tally: VehicleTally;
  regions: LabelTable;
  models: LabelTable;
  vins: FingerprintList;
  /** By event, as `events`. */
  evidences: readonly (DateEvidence | null)[];
  eventNames: readonly string[];
  /** Label numbers: the empty region, the region it is counted as, the empty model. */
  blankRegion: number;
  unnamedRegion: number;
  noModel: number;
}
