import type { VehicleColumns } from './vehicle-kernel-targets';

/** A per-vehicle table's shape, as the WebAssembly kernel is configured for it. */
export interface AheadShape {
  delimiter: number;
  width: number;
  columns: VehicleColumns;
  countsUnscheduled: boolean;
}

/**
 * What a second reader counted of a file's rows from a line start on, while the first read the
 * rows before it. It counted only rows the first reader would merely count: each row it left
 * (the first of a label, group or day's sightings in its part, and any row not of the usual
 * kind) the first reader reads itself, in order, so every message, sighting and number is the
 * same as if it had read the file alone.
 */
export interface AheadCount {
  /** The file offset of its first row: the first line start at or after where it was asked to start. */
  start: number;
  /** Where it stopped: the file's end, or a row whose end it could not tell; the first reader reads on from there. */
  stop: number;
  /** The rows it left, their bytes one after another: row k is leftBytes[leftEnds[k - 1] ?? 0, leftEnds[k]). */
  leftBytes: Uint8Array;
  leftEnds: Int32Array;
  /** By row left: the rows it counted since the one before (or since `start`). */
  countedBefore: Int32Array;
  /** Rows counted after the last row left, up to `stop`. */
  countedAfter: number;
  /** Region and model names by its numbers; null: the table has no such column. */
  regions: string[] | null;
  models: string[] | null;
  /** By group block: region and model numbers, two a block. */
  groups: Int32Array;
  /** The first day of its counts, and how many days they run (0: none counted). */
  firstDay: number;
  days: number;
  /** By day from firstDay: sightings counted (only counted: each day's first are in rows left). */
  farCounts: Int32Array;
  /** By block, by count (orders, production, deliveries, unscheduled change), by day: changes. */
  groupCounts: Int32Array;
  /** By event: yyyy-mm-dd cells counted. */
  yearFirsts: Int32Array;
  /**
   * The fingerprints of the VINs counted, two i32 a VIN, sorted by the repeat check's part (the
   * first's top nine bits, vin-repeat-check.ts): part k's are pairs vinParts[k] to vinParts[k + 1].
   */
  vinPairs: Int32Array;
  vinParts: Int32Array;
}

/**
 * Starts a second reader on the file from `from` (its first line start at or after), in
 * another thread. `result` is null where it cannot count (no WebAssembly, no worker, a problem
 * reading): the first reader then reads the whole file itself.
 */
export type CountAhead = (
  from: number,
  shape: AheadShape,
) => {
  result: Promise<AheadCount | null>;
  cancel(): void;
  /** How far it is, as it last said: for the import's progress while the first reader waits. */
  progress?(): AheadProgress;
};

export interface AheadProgress {
  bytes: number;
  rows: number;
}
