// AssemblyScript: compiled to src/domain/import/fast/vehicle-kernel-wasm-module.ts by
// `npm run build:wasm`. The per-vehicle row kernel of vehicle-row-kernel.ts for the rows it can
// count on its own: every label, group and day of the row already taught by the JavaScript
// kernel. Any other row it refuses, with nothing counted, and says why.
import { isoDay, setYears } from './dates';
import {
  CLASSES,
  CR,
  DELIMITER,
  ensureMemory,
  EVENT,
  EVENT_OF,
  GROUP_BLOCK,
  GROUP_BLOCKS,
  INPUT,
  LF,
  LOG_FULL,
  MAX_FIELDS,
  MAX_INPUT,
  MAX_ROWS,
  MODEL,
  MODEL_ARENA,
  MODEL_SLOTS,
  NO_DAY,
  NOT_USUAL,
  PLAIN,
  QUOTE,
  R_DAYS,
  R_MODEL_END,
  R_MODEL_START,
  R_REASON,
  R_REGION_END,
  R_REGION_START,
  R_TAKEN,
  REFUSED,
  REGION,
  REGION_ARENA,
  REGION_SLOTS,
  RESULTS,
  RESULTS_BYTES,
  result,
  ROLES,
  SPACE,
  SPECIAL,
  UNTAUGHT,
  VIN,
} from './layout';
import { labelOf, resetLabels } from './labels';
import {
  addDays,
  clearSightings,
  countable,
  groupBlockOf,
  resetTallies,
  seeDay,
  sightingsFit,
} from './tallies';
import { fileVin, resetVins } from './vins';

export { teachLabel } from './labels';
export {
  addInto,
  clearCounts,
  clearYearFirsts,
  countedDays,
  countedFrom,
  dayFits,
  farCountsAt,
  firstWindowDay,
  groupBlockAt,
  groupBlocks,
  sightingsAt,
  teachDay,
  teachGroup,
} from './tallies';
export { addPairs, pairsFiled, partRepeats, partsAt } from './vins';
export { MAX_INPUT, MAX_ROWS, PAIR_BLOCK, WINDOW } from './layout';

let delimiter: u32 = 0x2c;
let last: i32 = 0;
let hasRegion = false;
let hasModel = false;
let fixedRegion: i32 = 0;
let fixedModel: i32 = 0;

export function resultsAt(): usize {
  return RESULTS;
}

// A row's parts, as read: kept in globals so readRow allocates nothing.
let vinStart: usize = 0;
let vinEnd: usize = 0;
let regionStart: usize = 0;
let regionEnd: usize = 0;
let modelStart: usize = 0;
let modelEnd: usize = 0;

/**
 * Sets the table's shape, with nothing taught or counted (an instance is used again for the
 * next table: a new one costs a memory of its own); `fieldRole` then gives each field's role.
 */
export function configure(
  delimiterByte: u32,
  width: i32,
  regionFixed: i32,
  modelFixed: i32,
  countsUnscheduled: bool,
  yearFrom: i32,
  yearTo: i32,
  logSightings: bool,
): bool {
  if (width < 1 || width > MAX_FIELDS || ensureInput(1 << 16) == 0) return false;
  memory.fill(CLASSES, 0, RESULTS + RESULTS_BYTES - CLASSES);
  resetLabels();
  resetTallies(countsUnscheduled, logSightings);
  resetVins();
  setYears(yearFrom, yearTo);
  delimiter = delimiterByte;
  last = width - 1;
  hasRegion = false;
  hasModel = false;
  fixedRegion = regionFixed;
  fixedModel = modelFixed;
  for (let b: u32 = 0x80; b < 256; b++) store<u8>(CLASSES + b, SPECIAL);
  store<u8>(CLASSES, SPECIAL);
  store<u8>(CLASSES + CR, SPECIAL);
  store<u8>(CLASSES + LF, SPECIAL);
  store<u8>(CLASSES + QUOTE, SPECIAL);
  store<u8>(CLASSES + delimiter, DELIMITER);
  return true;
}

/** Field `field` holds `role` (1 event k, 2 VIN, 3 region, 4 model). */
export function fieldRole(field: i32, role: u32, event: u32): void {
  if (field < 0 || field > last) return;
  store<u8>(ROLES + field, role);
  store<u8>(EVENT_OF + field, event);
  if (role == REGION) hasRegion = true;
  if (role == MODEL) hasModel = true;
}

/** Where a piece of `size` bytes is to be copied (0 when memory cannot grow). */
export function ensureInput(size: i32): usize {
  if (size > MAX_INPUT || !ensureMemory(INPUT + <usize>size + 32)) return 0;
  return INPUT;
}

/**
 * Reads rows from input[at, end) until one it does not count or `maxRows` (at most MAX_ROWS):
 * returns where it stopped; results: rows taken, why it stopped (0: end or maxRows; NOT_USUAL;
 * UNTAUGHT, with the row's region and model text and days; LOG_FULL), the yyyy-mm-dd cells
 * counted per event, the sightings logged (tallies.ts); the VINs of the rows counted are filed
 * (vins.ts).
 */
export function readRows(at: i32, end: i32, maxRows: i32): i32 {
  let taken = 0;
  let i = INPUT + <usize>at;
  const stop = INPUT + <usize>end;
  let reason: i32 = 0;
  const rows = min(maxRows, MAX_ROWS);
  clearSightings();
  while (i < stop && taken < rows) {
    const next = readRow(i, stop, taken);
    if (next < 0) {
      reason = <i32>next;
      break;
    }
    taken++;
    i = <usize>next;
  }
  result(R_TAKEN, taken);
  result(R_REASON, reason);
  return <i32>(i - INPUT);
}

function readRow(start: usize, end: usize, row: i32): isize {
  let ordered = NO_DAY;
  let built = NO_DAY;
  let delivered = NO_DAY;
  let scheduled = NO_DAY;
  vinStart = vinEnd = regionStart = regionEnd = modelStart = modelEnd = 0;
  let i = start;
  for (let f = 0; ; f++) {
    const role = <u32>load<u8>(ROLES + f);
    let textStart = i;
    let textEnd: usize;
    let fieldEnd: usize;
    if (i < end && <u32>load<u8>(i) == QUOTE) {
      textStart = i + 1;
      textEnd = textStart;
      while (textEnd < end && <u32>load<u8>(CLASSES + load<u8>(textEnd)) != SPECIAL) textEnd++;
      if (textEnd >= end || <u32>load<u8>(textEnd) != QUOTE) return NOT_USUAL;
      fieldEnd = textEnd + 1;
    } else if (role == EVENT && <u32>load<u8>(CLASSES + load<u8>(i + 10)) != PLAIN) {
      // A date's ten bytes are all checked by isoDay: no need to look at them twice (an empty
      // cell's are not: ten bytes on may be in a later field).
      fieldEnd = i + 10;
      textEnd = fieldEnd;
      if (fieldEnd >= end) return NOT_USUAL;
    } else {
      fieldEnd = plainEnd(i);
      textEnd = fieldEnd;
    }
    if (fieldEnd >= end) return NOT_USUAL;
    const c = <u32>load<u8>(fieldEnd);
    if (f < last ? c != delimiter : c != LF && c != CR) return NOT_USUAL;
    if (role == EVENT) {
      const length = textEnd - textStart;
      const day = length == 0 ? NO_DAY : length == 10 ? isoDay(textStart) : REFUSED;
      if (day == REFUSED) return NOT_USUAL;
      const k = <u32>load<u8>(EVENT_OF + f);
      if (k == 0) ordered = day;
      else if (k == 1) built = day;
      else if (k == 2) delivered = day;
      else scheduled = day;
    } else if (role == VIN) {
      vinStart = textStart;
      vinEnd = textEnd;
    } else if (role == REGION) {
      regionStart = textStart;
      regionEnd = textEnd;
    } else if (role == MODEL) {
      modelStart = textStart;
      modelEnd = textEnd;
    }
    if (f == last) {
      if (c == LF) {
        i = fieldEnd + 1;
        break;
      }
      if (fieldEnd + 1 >= end || <u32>load<u8>(fieldEnd + 1) != LF) return NOT_USUAL;
      i = fieldEnd + 2;
      break;
    }
    i = fieldEnd + 1;
  }
  if (max(max(ordered, built), max(delivered, scheduled)) == NO_DAY) return NOT_USUAL;
  if (ordered >= 0 && delivered >= 0 && delivered < ordered) return NOT_USUAL;
  if (vinEnd > vinStart) {
    if (<u32>load<u8>(vinStart) <= SPACE || <u32>load<u8>(vinEnd - 1) <= SPACE) return NOT_USUAL;
  }
  // Everything the row is counted by must be known here; otherwise the JavaScript kernel counts it.
  const region = hasRegion
    ? labelOf(REGION_SLOTS, REGION_ARENA, regionStart, regionEnd)
    : fixedRegion;
  const model = hasModel ? labelOf(MODEL_SLOTS, MODEL_ARENA, modelStart, modelEnd) : fixedModel;
  const block = region < 0 || model < 0 ? -1 : groupBlockOf(region, model);
  if (
    block < 0 ||
    !countable(ordered) ||
    !countable(built) ||
    !countable(delivered) ||
    !countable(scheduled)
  ) {
    result(R_REGION_START, <i32>(regionStart - INPUT));
    result(R_REGION_END, <i32>(regionEnd - INPUT));
    result(R_MODEL_START, <i32>(modelStart - INPUT));
    result(R_MODEL_END, <i32>(modelEnd - INPUT));
    result(R_DAYS, ordered);
    result(R_DAYS + 1, built);
    result(R_DAYS + 2, delivered);
    result(R_DAYS + 3, scheduled);
    return UNTAUGHT;
  }
  if (!sightingsFit()) return LOG_FULL;
  // No room left for its VIN's fingerprint: JavaScript counts the row (and keeps it).
  if (vinEnd > vinStart && !fileVin(vinStart, vinEnd)) return NOT_USUAL;
  seeDay(ordered, 0, row);
  seeDay(built, 1, row);
  seeDay(delivered, 2, row);
  seeDay(scheduled, 3, row);
  addDays(GROUP_BLOCKS + <usize>block * GROUP_BLOCK, ordered, built, delivered, scheduled);
  return <isize>i;
}

/**
 * Where the plain run from `at` ends: the first delimiter, line break, quote, NUL or byte past
 * ASCII, sixteen bytes a step (the input has sixteen bytes of room past its end; a run found
 * past `end` is a row cut by it, which the caller refuses).
 */
function plainEnd(at: usize): usize {
  let i = at;
  let mask = stops(i);
  while (mask == 0) {
    i += 16;
    mask = stops(i);
  }
  return i + <usize>ctz(mask);
}

/** Bit k set: byte i + k ends a plain run. */
function stops(i: usize): i32 {
  const bytes = v128.load(i);
  const ends = v128.or(
    v128.or(i8x16.eq(bytes, i8x16.splat(<i8>delimiter)), i8x16.eq(bytes, i8x16.splat(<i8>LF))),
    v128.or(
      v128.or(i8x16.eq(bytes, i8x16.splat(<i8>CR)), i8x16.eq(bytes, i8x16.splat(<i8>QUOTE))),
      // A byte past ASCII has its top bit set already.
      v128.or(i8x16.eq(bytes, i8x16.splat(0)), bytes),
    ),
  );
  return i8x16.bitmask(ends);
}
