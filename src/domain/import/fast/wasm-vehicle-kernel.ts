import { addAheadCount } from './ahead-merge';
import type { AheadCount, AheadShape } from './count-ahead-types';
import {
  configureKernel,
  COUNTS,
  DAYS,
  hasColumn,
  LOG_FULL,
  MODEL,
  MODEL_END,
  MODEL_START,
  REASON,
  REGION,
  REGION_END,
  REGION_START,
  ROWS_A_CALL,
  SIGHTINGS,
  TAKEN,
  UNTAUGHT,
  YEAR_FIRSTS,
} from './kernel-config';
import type { PlainRowKernel } from './plain-rows';
import type { VehicleColumns, VehicleTargets } from './vehicle-kernel-targets';
import { kernelRunAdder } from './run-adder';
import { releaseKernelInstance, type VehicleKernelExports } from './vehicle-kernel-wasm';
import { vinsMayRepeat } from './vin-repeat-check';
import { VehicleRowKernel } from './vehicle-row-kernel';
import { NO_DAY } from './vehicle-tally';

/**
 * The per-vehicle kernel in WebAssembly, with the JavaScript kernel beside it. WebAssembly
 * counts every usual row whose region, model and group it has been taught and whose days fit
 * its window; a row it refuses the JavaScript kernel reads (and any row that one leaves, the
 * scanner), and what it counted for that row is taught. A day's first sightings, which the
 * far-date tally keeps, WebAssembly logs and JavaScript sees in row order after each call. So
 * every message, evidence and sighting stays the JavaScript path's, and WebAssembly only adds
 * counts: into the same tallies at `flush`.
 */
export class WasmVehicleKernel implements PlainRowKernel {
  taken = 0;
  /** Rows WebAssembly counted (the others taken, JavaScript did). */
  countedHere = 0;
  private readonly wasm: VehicleKernelExports;
  private readonly javascript: VehicleRowKernel;
  private readonly targets: VehicleTargets;
  private readonly hasRegion: boolean;
  private readonly hasModel: boolean;
  private readonly window: number;
  private readonly maxRows: number;
  private readonly results: number;
  /** By the kernel's group block: the tally's group. */
  private readonly blockGroups: number[] = [];
  private piece: Uint8Array | null = null;
  private words = new Int32Array(0);
  /** Rows the JavaScript kernel reads before WebAssembly tries again: grows while it refuses. */
  private stride = 1;
  private finished = false;
  /** Whether the piece is in WebAssembly's memory. */
  private pieceHere = false;
  private readonly shape: AheadShape;
  /** What a second reader counted of the rows past those read here, added at `finish`. */
  private ahead: AheadCount | null = null;

  /** The kernel for a table, or null when its shape is not one WebAssembly reads. */
  static create(
    wasm: VehicleKernelExports,
    delimiter: number,
    width: number,
    columns: VehicleColumns,
    targets: VehicleTargets,
  ): WasmVehicleKernel | null {
    const fixed = {
      region: targets.unnamedRegion,
      model: targets.noModel,
      countsUnscheduled: targets.tally.countsUnscheduled,
      logSightings: true,
    };
    if (!configureKernel(wasm, delimiter, width, columns, fixed)) return null;
    const hasRegion = hasColumn(columns.region, width);
    const hasModel = hasColumn(columns.model, width);
    return new WasmVehicleKernel(wasm, delimiter, width, columns, targets, hasRegion, hasModel);
  }

  private constructor(
    wasm: VehicleKernelExports,
    delimiter: number,
    width: number,
    columns: VehicleColumns,
    targets: VehicleTargets,
    hasRegion: boolean,
    hasModel: boolean,
  ) {
    this.wasm = wasm;
    this.javascript = new VehicleRowKernel(delimiter, width, columns, targets);
    this.targets = targets;
    this.shape = { delimiter, width, columns, countsUnscheduled: targets.tally.countsUnscheduled };
    this.hasRegion = hasRegion;
    this.hasModel = hasModel;
    this.window = wasm.WINDOW.value as number;
    this.maxRows = Math.min(ROWS_A_CALL, wasm.MAX_ROWS.value as number);
    this.results = wasm.resultsAt() >> 2;
  }

  /** The table's shape, for a second reader to count the rows of a later part (count-ahead.ts). */
  aheadShape(): AheadShape {
    return this.shape;
  }

  /**
   * What a second reader counted: added to the tallies at `finish`. Every row it left was read
   * here, in order, so its labels, groups and days' first sightings are all known by then.
   */
  takeAhead(count: AheadCount): void {
    if (this.ahead !== null) throw new Error("the kernel took a second reader's count already");
    this.ahead = count;
  }

  beginPiece(bytes: Uint8Array): void {
    this.piece = bytes;
    const input = this.wasm.ensureInput(bytes.length);
    // A piece of megabytes (one huge row) or no memory to grow: JavaScript reads it.
    this.pieceHere = input !== 0;
    if (!this.pieceHere) return;
    new Uint8Array(this.wasm.memory.buffer, input, bytes.length).set(bytes);
  }

  /**
   * The kernel's memory as i32: made anew when the memory grew (filing VIN fingerprints grows
   * it while rows are read), which detaches the view made before.
   */
  private memoryWords(): Int32Array {
    if (this.words.buffer !== this.wasm.memory.buffer) {
      this.words = new Int32Array(this.wasm.memory.buffer);
    }
    return this.words;
  }

  readRows(bytes: Uint8Array, view: DataView, at: number, end: number, firstRow: number): number {
    if (this.finished) throw new Error('the kernel was read to the end');
    if (bytes !== this.piece) this.beginPiece(bytes);
    const { wasm, results, javascript } = this;
    if (!this.pieceHere) {
      const next = javascript.readRows(bytes, view, at, end, firstRow);
      this.taken = javascript.taken;
      return next;
    }
    let taken = 0;
    let next = at;
    while (next < end) {
      next = wasm.readRows(next, end, this.maxRows);
      const words = this.memoryWords();
      const rows = words[results + TAKEN] as number;
      const sightings = words[results + SIGHTINGS] as number;
      if (sightings > 0) this.see(words, sightings, firstRow + taken);
      taken += rows;
      this.countedHere += rows;
      const reason = words[results + REASON] as number;
      if (reason === 0 || reason === LOG_FULL) continue;
      // Refused: the JavaScript kernel reads the row (and more while WebAssembly cannot be
      // taught what it lacks: no room left for a label, a group or a day), or leaves it to
      // the scanner.
      const after = javascript.readRows(bytes, view, next, end, firstRow + taken, this.stride);
      if (javascript.taken === 0) break;
      const taught = reason === UNTAUGHT && this.teach(view);
      this.stride = taught ? 1 : Math.min(this.stride * 2, this.maxRows);
      taken += javascript.taken;
      next = after;
    }
    this.addYearFirsts();
    this.taken = taken;
    return next;
  }

  /**
   * Once the table is read to the end: adds what WebAssembly counted to the tallies and tells
   * whether two VINs may be the same (FingerprintList.mayRepeat over the VINs of both kernels:
   * WebAssembly files those it counts). The instance then goes back for another table.
   */
  finish(): { mayRepeat: boolean } {
    if (this.finished) throw new Error('the kernel was finished already');
    this.finished = true;
    this.flush();
    if (this.ahead !== null) {
      addAheadCount(this.ahead, this.targets, kernelRunAdder(this.wasm, this.window));
    }
    const mayRepeat = vinsMayRepeat(this.wasm, this.targets.vins.pairs(), this.ahead);
    releaseKernelInstance(this.wasm);
    return { mayRepeat };
  }

  private flush(): void {
    const { wasm, window, targets } = this;
    const first = wasm.firstWindowDay();
    if (first === NO_DAY) return;
    // Made first: its scratch is in the kernel's memory, which must not grow past `words`.
    const addRun = kernelRunAdder(wasm, window);
    const words = this.memoryWords();
    const far = words.subarray(wasm.farCountsAt() >> 2, (wasm.farCountsAt() >> 2) + window);
    // Only the days counted: a file's days are a few hundred of the window's.
    const low = wasm.countedFrom();
    const days = wasm.countedDays();
    for (let d = low; d < low + days; d++) {
      const count = far[d] as number;
      if (count > 0) targets.tally.farDates.addCountOnly(first + d, count);
    }
    const blocks = wasm.groupBlocks();
    for (let block = 0; block < blocks; block++) {
      const group = this.blockGroups[block] as number;
      const base = wasm.groupBlockAt(block) >> 2;
      for (let k = 0; k < COUNTS; k++) {
        const from = base + k * window + low;
        const changes = words.subarray(from, from + days);
        targets.tally.addCounts(group, k, first + low, changes, addRun);
      }
    }
    wasm.clearCounts();
  }

  /**
   * Teaches WebAssembly the region, model, group and days of the row just read by JavaScript:
   * false when it has no room for one of them (a day's first sightings, which JavaScript keeps,
   * are not a lack of room).
   */
  private teach(view: DataView): boolean {
    const { wasm, results, targets } = this;
    const words = this.memoryWords();
    let region = targets.unnamedRegion;
    let model = targets.noModel;
    if (this.hasRegion) {
      const start = words[results + REGION_START] as number;
      const end = words[results + REGION_END] as number;
      region = targets.regions.ofView(view, start, end);
      if (region === targets.blankRegion) region = targets.unnamedRegion;
      if (!wasm.teachLabel(REGION, start, end, region)) return false;
    }
    if (this.hasModel) {
      const start = words[results + MODEL_START] as number;
      const end = words[results + MODEL_END] as number;
      model = targets.models.ofView(view, start, end);
      if (!wasm.teachLabel(MODEL, start, end, model)) return false;
    }
    const block = wasm.teachGroup(region, model);
    if (block < 0) return false;
    if (this.blockGroups[block] === undefined) {
      this.blockGroups[block] = targets.tally.groupOf(region, model);
    }
    let room = true;
    for (let k = 0; k < 4; k++) {
      const day = words[results + DAYS + k] as number;
      if (day === NO_DAY) continue;
      if (!wasm.dayFits(day)) room = false;
      else if (targets.tally.farDates.isCountOnly(day)) wasm.teachDay(day);
    }
    return room;
  }

  /**
   * The sightings WebAssembly logged of days the far-date tally still keeps, in row order (rows
   * numbered from `firstRow`): seen as the JavaScript kernel sees them, and a day whose first
   * sightings are all kept is taught, so it is only counted from then on.
   */
  private see(words: Int32Array, sightings: number, firstRow: number): void {
    const { wasm } = this;
    const { farDates } = this.targets.tally;
    const { eventNames } = this.targets;
    const log = wasm.sightingsAt() >> 2;
    for (let k = 0; k < sightings; k++) {
      const day = words[log + 2 * k] as number;
      const rowAndEvent = words[log + 2 * k + 1] as number;
      farDates.see(day, firstRow + (rowAndEvent >> 2), eventNames[rowAndEvent & 3] as string);
      if (farDates.isCountOnly(day)) wasm.teachDay(day);
    }
  }

  private addYearFirsts(): void {
    const { results } = this;
    const words = this.memoryWords();
    const { evidences } = this.targets;
    for (let k = 0; k < 4; k++) {
      const count = words[results + YEAR_FIRSTS + k] as number;
      if (count > 0) evidences[k]?.addYearFirsts(count);
    }
    this.wasm.clearYearFirsts();
  }
}
