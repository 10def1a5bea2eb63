// AssemblyScript: compiled to src/domain/import/fast/vehicle-kernel-wasm-module.ts by
// `npm run build:wasm`. The per-vehicle row kernel of vehicle-row-kernel.ts for the rows it can
// count on its own: every label, group and day of the row already taught by the JavaScript
// kernel. Any other row it refuses, with nothing counted, and says why.

const QUOTE: u32 = 0x22;
const CR: u32 = 0x0d;
const LF: u32 = 0x0a;
const DASH: u32 = 0x2d;
const ZERO: u32 = 0x30;
const SPACE: u32 = 0x20;

const PLAIN: u32 = 0;
const SPECIAL: u32 = 2;

const EVENT: u32 = 1;
const VIN: u32 = 2;
const REGION: u32 = 3;
const MODEL: u32 = 4;

/** addDays' day for no event (vehicle-tally.ts NO_DAY). */
const NO_DAY: i32 = -0x40000000;
const REFUSED: i32 = -2;

/** readRow's answers for a row it does not count. */
const NOT_USUAL: i32 = -1;
const UNTAUGHT: i32 = -2;

const MAX_FIELDS: i32 = 256;
/** Days counted here: a window this long from `windowFirst`. */
export const WINDOW: i32 = 2048;
const LABEL_SLOTS: i32 = 2048;
const MAX_LABELS: i32 = LABEL_SLOTS >> 1;
const LABEL_ARENA: i32 = 1 << 16;
const GROUP_SLOTS: i32 = 4096;
export const MAX_GROUPS: i32 = 1024;
/** Rows a call reads at most: V8 moves hot WebAssembly to optimised code between calls. */
export const MAX_ROWS: i32 = 4096;
/** VIN fingerprints are checked for repeats in parts, by their top bits. */
const PART_BITS: u32 = 3;
const COUNTS: i32 = 4;
const ORDERS: i32 = 0;
const PRODUCTION: i32 = 1;
const DELIVERIES: i32 = 2;
const UNSCHEDULED_CHANGE: i32 = 3;

// Memory: fixed areas from the heap base, then the input (grown as pieces need).
const BASE: usize = (__heap_base + 15) & ~(15 as usize);
const CLASSES: usize = BASE;
const ROLES: usize = CLASSES + 256;
const EVENT_OF: usize = ROLES + MAX_FIELDS;
/** i32 results: see the exported offsets below. */
const RESULTS: usize = EVENT_OF + MAX_FIELDS;
const REGION_SLOTS: usize = RESULTS + 256;
const REGION_ARENA: usize = REGION_SLOTS + <usize>LABEL_SLOTS * 32;
const MODEL_SLOTS: usize = REGION_ARENA + <usize>LABEL_ARENA;
const MODEL_ARENA: usize = MODEL_SLOTS + <usize>LABEL_SLOTS * 32;
const GROUP_TABLE: usize = MODEL_ARENA + <usize>LABEL_ARENA;
const SATURATED: usize = GROUP_TABLE + <usize>GROUP_SLOTS * 8;
const FAR_COUNTS: usize = SATURATED + <usize>WINDOW;
const GROUP_BLOCKS: usize = FAR_COUNTS + <usize>WINDOW * 4;
const GROUP_BLOCK: usize = <usize>WINDOW * COUNTS * 4;
/** 1024 month slots of 16 bytes: "yyyy-mm-", day before the first, length. */
const MONTHS: usize = GROUP_BLOCKS + <usize>MAX_GROUPS * GROUP_BLOCK;
const INPUT: usize = MONTHS + (1 << 14);
/** Pieces up to this size are read here (larger ones, rows of megabytes, by JavaScript). */
export const MAX_INPUT: i32 = 4 << 20;
/** The VIN fingerprints, one after another: the store grows as they come. */
const STORE: usize = INPUT + <usize>MAX_INPUT + 64;

// Results, as i32 at RESULTS + 4 × these.
const R_TAKEN: usize = 0;
const R_REASON: usize = 1;
const R_REGION_START: usize = 2;
const R_REGION_END: usize = 3;
const R_MODEL_START: usize = 4;
const R_MODEL_END: usize = 5;
const R_DAYS: usize = 6; // four days
const R_YEAR_FIRSTS: usize = 10; // four counts

let delimiter: u32 = 0x2c;
let last: i32 = 0;
let hasRegion = false;
let hasModel = false;
let fixedRegion: i32 = 0;
let fixedModel: i32 = 0;
let unscheduled = false;
let firstYear: i32 = 2000;
let lastYear: i32 = 2100;
let windowFirst: i32 = 0;
let windowSet = false;
let regionLabels: i32 = 0;
let regionArenaUsed: i32 = 0;
let modelLabels: i32 = 0;
let modelArenaUsed: i32 = 0;
let groups: i32 = 0;
let storeEnd: usize = STORE;
/** The memory's size in bytes, as of the last time it grew. */
let memoryEnd: usize = 0;

function result(at: usize, value: i32): void {
  store<i32>(RESULTS + (at << 2), value);
}

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
): bool {
  if (width < 1 || width > MAX_FIELDS || ensureInput(1 << 16) == 0) return false;
  memory.fill(CLASSES, 0, GROUP_BLOCKS - CLASSES);
  memory.fill(GROUP_BLOCKS, 0, <usize>groups * GROUP_BLOCK);
  memory.fill(MONTHS, 0, INPUT - MONTHS);
  windowSet = false;
  regionLabels = regionArenaUsed = modelLabels = modelArenaUsed = groups = 0;
  storeEnd = STORE;
  delimiter = delimiterByte;
  last = width - 1;
  hasRegion = false;
  hasModel = false;
  fixedRegion = regionFixed;
  fixedModel = modelFixed;
  unscheduled = countsUnscheduled;
  firstYear = yearFrom;
  lastYear = yearTo;
  for (let b: u32 = 0x80; b < 256; b++) store<u8>(CLASSES + b, SPECIAL);
  store<u8>(CLASSES, SPECIAL);
  store<u8>(CLASSES + CR, SPECIAL);
  store<u8>(CLASSES + LF, SPECIAL);
  store<u8>(CLASSES + QUOTE, SPECIAL);
  store<u8>(CLASSES + delimiter, 1);
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

/** Grows the memory to `end` at least (a megabyte at a time); false when it cannot. */
function ensureMemory(end: usize): bool {
  memoryEnd = (<usize>memory.size()) << 16;
  if (end <= memoryEnd) return true;
  const pages = max(<i32>((end - memoryEnd + 0xffff) >> 16), 16);
  if (memory.grow(pages) < 0) return false;
  memoryEnd = (<usize>memory.size()) << 16;
  return true;
}

export function resultsAt(): usize {
  return RESULTS;
}
export function farCountsAt(): usize {
  return FAR_COUNTS;
}
export function groupBlockAt(block: i32): usize {
  return GROUP_BLOCKS + <usize>block * GROUP_BLOCK;
}
export function groupBlocks(): i32 {
  return groups;
}
export function firstWindowDay(): i32 {
  return windowSet ? windowFirst : NO_DAY;
}

/**
 * Reads rows from input[at, end) until one it does not count or `maxRows` (at most MAX_ROWS):
 * returns where it stopped; results: rows taken, why it stopped (0: end or maxRows; NOT_USUAL;
 * UNTAUGHT, with the row's region and model text and days), the yyyy-mm-dd cells counted per
 * event, the VIN fingerprints stored.
 */
export function readRows(at: i32, end: i32, maxRows: i32): i32 {
  let taken = 0;
  let i = INPUT + <usize>at;
  const stop = INPUT + <usize>end;
  let reason: i32 = 0;
  const rows = min(maxRows, MAX_ROWS);
  while (i < stop && taken < rows) {
    const next = readRow(i, stop);
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

// A row's parts, as read: kept in globals so readRow allocates nothing.
let vinStart: usize = 0;
let vinEnd: usize = 0;
let regionStart: usize = 0;
let regionEnd: usize = 0;
let modelStart: usize = 0;
let modelEnd: usize = 0;

function readRow(start: usize, end: usize): isize {
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
    !saturated(ordered) ||
    !saturated(built) ||
    !saturated(delivered) ||
    !saturated(scheduled)
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
  if (vinEnd > vinStart) {
    fingerprint(vinStart, vinEnd);
    // No room left for it: JavaScript counts the row (and keeps the fingerprint).
    if (!addPair(vinFirst, vinSecond)) return NOT_USUAL;
  }
  seeDay(ordered, 0);
  seeDay(built, 1);
  seeDay(delivered, 2);
  seeDay(scheduled, 3);
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

function saturated(day: i32): bool {
  if (day == NO_DAY) return true;
  const at = day - windowFirst;
  return windowSet && at >= 0 && at < WINDOW && load<u8>(SATURATED + <usize>at) != 0;
}

function seeDay(day: i32, event: usize): void {
  if (day == NO_DAY) return;
  const counts = FAR_COUNTS + ((<usize>(day - windowFirst)) << 2);
  store<i32>(counts, load<i32>(counts) + 1);
  const yearFirsts = RESULTS + ((R_YEAR_FIRSTS + event) << 2);
  store<i32>(yearFirsts, load<i32>(yearFirsts) + 1);
}

/** VehicleTally.addDays into a group's block: COUNTS planes of WINDOW days. */
function addDays(block: usize, ordered: i32, built: i32, delivered: i32, scheduled: i32): void {
  if (ordered != NO_DAY) {
    add(block, ORDERS, ordered, 1);
    if (unscheduled && scheduled == NO_DAY) {
      add(block, UNSCHEDULED_CHANGE, ordered, 1);
      if (delivered != NO_DAY) {
        add(block, UNSCHEDULED_CHANGE, delivered > ordered ? delivered : ordered, -1);
      }
    }
  }
  if (built != NO_DAY) add(block, PRODUCTION, built, 1);
  if (delivered != NO_DAY) add(block, DELIVERIES, delivered, 1);
}

function add(block: usize, plane: i32, day: i32, change: i32): void {
  const at = block + ((<usize>(plane * WINDOW + day - windowFirst)) << 2);
  store<i32>(at, load<i32>(at) + change);
}

let vinFirst: i32 = 0;
let vinSecond: i32 = 0;

/** WordFingerprint.ofView (ascii-words.ts), into vinFirst and vinSecond. */
function fingerprint(start: usize, end: usize): void {
  let first: i32 = <i32>0x811c9dc5;
  let second: i32 = (<i32>0x9747b28c) ^ (<i32>(end - start));
  let i = start;
  for (; i + 4 <= end; i += 4) {
    const word = load<i32>(i);
    first = (first ^ word) * 0x01000193;
    first ^= <i32>((<u32>first) >>> 13);
    second = (second ^ word) * <i32>0x5bd1e995;
    second ^= <i32>((<u32>second) >>> 15);
  }
  if (i < end) {
    // The one to three bytes left, as one word (the input has room past its end).
    const word = <i32>(load<u32>(i) & ((<u32>0xffffffff) >>> ((<u32>(i + 4 - end)) << 3)));
    first = (first ^ word) * 0x01000193;
    first ^= <i32>((<u32>first) >>> 13);
    second = (second ^ word) * <i32>0x5bd1e995;
    second ^= <i32>((<u32>second) >>> 15);
  }
  vinFirst = first;
  vinSecond = second;
}

/** Files a fingerprint after the others; false: no memory left for it. */
function addPair(first: i32, second: i32): bool {
  if (storeEnd + 8 > memoryEnd && !ensureMemory(storeEnd + 8)) return false;
  store<i32>(storeEnd, first);
  store<i32>(storeEnd + 4, second);
  storeEnd += 8;
  return true;
}

/** Files `count` fingerprints (pairs of i32) from input[at]: those JavaScript took. */
export function addPairs(at: i32, count: i32): bool {
  for (let k = 0; k < count; k++) {
    const pair = INPUT + <usize>at + ((<usize>k) << 3);
    if (!addPair(load<i32>(pair), load<i32>(pair + 4))) return false;
  }
  return true;
}

/** The pairs gathered for the part being checked: from storeEnd to here. */
let gatheredEnd: usize = 0;

export function pairsFiled(): i32 {
  return <i32>((storeEnd - STORE) >> 3);
}

/**
 * FingerprintList.mayRepeat, a part at a time (the first hash's top three bits): the caller
 * gathers a part's pairs past the store, a slice of the store a call (V8 moves WebAssembly to
 * optimised code between calls, not within one), then checks them. False: no memory.
 */
export function gatherPart(part: u32, from: i32, to: i32): bool {
  if (from == 0) gatheredEnd = storeEnd;
  let end = gatheredEnd;
  const last = STORE + ((<usize>to) << 3);
  for (let at = STORE + ((<usize>from) << 3); at < last; at += 8) {
    if ((<u32>load<i32>(at)) >>> (32 - PART_BITS) != part) continue;
    if (end + 8 > memoryEnd && !ensureMemory(end + 8)) return false;
    store<u64>(end, load<u64>(at));
    end += 8;
  }
  gatheredEnd = end;
  return true;
}

/**
 * Whether two of the part's gathered pairs are the same: sorted into 64 buckets by the next six
 * bits, each bucket checked with a hash table small enough to stay in cache. 1: two may be the
 * same; -1: no memory for the check.
 */
export function gatheredRepeat(): i32 {
  const pairs = storeEnd;
  const end = gatheredEnd;
  const length = <i32>((end - pairs) >> 3);
  if (length < 2) return 0;
  // Counting sort into buckets: `starts` (65 i32), then the sorted pairs, then a table.
  const starts = end;
  const sorted = starts + 65 * 4;
  const table = sorted + ((<usize>length) << 3);
  if (!ensureMemory(table + (1 << 16))) return -1;
  memory.fill(starts, 0, 65 * 4);
  for (let at = pairs; at < end; at += 8) {
    const counter = starts + 4 + ((<usize>bucketOf(load<i32>(at))) << 2);
    store<i32>(counter, load<i32>(counter) + 1);
  }
  for (let b: usize = 1; b <= 64; b++) {
    store<i32>(
      starts + (b << 2),
      load<i32>(starts + (b << 2)) + load<i32>(starts + ((b - 1) << 2)),
    );
  }
  // `starts` now holds each bucket's end; filled back to front, they end at their starts.
  for (let at = end - 8; at >= pairs; at -= 8) {
    const counter = starts + 4 + ((<usize>bucketOf(load<i32>(at))) << 2);
    const slot = load<i32>(counter) - 1;
    store<i32>(counter, slot);
    store<u64>(sorted + ((<usize>slot) << 3), load<u64>(at));
  }
  for (let b: usize = 0; b < 64; b++) {
    const from = load<i32>(starts + 4 + (b << 2));
    const to = b == 63 ? length : load<i32>(starts + 4 + ((b + 1) << 2));
    if (to - from < 2) continue;
    const found = repeatsIn(sorted + ((<usize>from) << 3), to - from, table);
    if (found != 0) return found;
  }
  return 0;
}

function bucketOf(first: i32): u32 {
  return ((<u32>first) >>> (32 - PART_BITS - 6)) & 63;
}

/** 1 when two of the `length` pairs at `pairs` are the same (a hash table at `table`); -1: no memory. */
function repeatsIn(pairs: usize, length: i32, table: usize): i32 {
  let size = 64;
  while (size < 2 * length) size <<= 1;
  if (!ensureMemory(table + ((<usize>size) << 2))) return -1;
  memory.fill(table, 0, (<usize>size) << 2);
  const mask = size - 1;
  // Slots hold a pair's number plus one: 0 is an empty slot.
  for (let p = 0; p < length; p++) {
    const first = load<i32>(pairs + ((<usize>p) << 3));
    const second = load<i32>(pairs + ((<usize>p) << 3) + 4);
    let slot = first & mask;
    for (;;) {
      const held = load<i32>(table + ((<usize>slot) << 2));
      if (held == 0) break;
      const q = pairs + ((<usize>(held - 1)) << 3);
      if (load<i32>(q) == first && load<i32>(q + 4) == second) return 1;
      slot = (slot + 1) & mask;
    }
    store<i32>(table + ((<usize>slot) << 2), p + 1);
  }
  return 0;
}

/** CenturyIsoDays.day: yyyy-mm-dd of firstYear–lastYear at `at`, or REFUSED. */
function isoDay(at: usize): i32 {
  // A file names the same few dozen months millions of times: by "yyyy-mm-", each month's day
  // before its first and its length are remembered.
  const key = load<u64>(at);
  const slot =
    MONTHS +
    ((<usize>(
      ((<u32>(((<i32>key) ^ (<i32>(key >> 32) * <i32>0x9e3779b1)) * <i32>0x85ebca6b)) >>> 22)
    )) <<
      4);
  if (load<u64>(slot) != key) learnMonth(at, slot, key);
  const d0 = <u32>load<u8>(at + 8) - ZERO;
  const d1 = <u32>load<u8>(at + 9) - ZERO;
  if (d0 > 9 || d1 > 9) return REFUSED;
  const dayOfMonth = <i32>(d0 * 10 + d1);
  if (dayOfMonth < 1 || dayOfMonth > load<i32>(slot + 12)) return REFUSED;
  return load<i32>(slot + 8) + dayOfMonth;
}

/** Fills a month slot: its key, the day before its first, its length (0: not a month taken). */
function learnMonth(at: usize, slot: usize, key: u64): void {
  store<u64>(slot, key);
  store<i32>(slot + 8, 0);
  store<i32>(slot + 12, 0);
  if (<u32>load<u8>(at + 4) != DASH || <u32>load<u8>(at + 7) != DASH) return;
  let year: i32 = 0;
  for (let k: usize = 0; k < 4; k++) {
    const digit = <u32>load<u8>(at + k) - ZERO;
    if (digit > 9) return;
    year = year * 10 + <i32>digit;
  }
  const m0 = <u32>load<u8>(at + 5) - ZERO;
  const m1 = <u32>load<u8>(at + 6) - ZERO;
  if (m0 > 9 || m1 > 9) return;
  const month = <i32>(m0 * 10 + m1);
  if (year < firstYear || year > lastYear || month < 1 || month > 12) return;
  store<i32>(slot + 8, civilDay(year, month, 1) - 1);
  store<i32>(slot + 12, monthLength(year, month));
}

function monthLength(year: i32, month: i32): i32 {
  if (month == 2) return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
  return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
}

/** civil-day.ts civilDay for years from 1 on (no negative eras). */
function civilDay(year: i32, month: i32, dayOfMonth: i32): i32 {
  const y = month <= 2 ? year - 1 : year;
  const era = y / 400;
  const yearOfEra = y - era * 400;
  const dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The first and the last eight bytes of the label hashBytes hashed last (0 past its end). */
let labelHead: u64 = 0;
let labelTail: u64 = 0;

/**
 * A label's hash from its first, middle and last eight bytes and its length: no loop over its
 * bytes. The input has room past its end; bytes past `end` are masked off.
 */
function hashBytes(start: usize, end: usize): i32 {
  const length = <i32>(end - start);
  labelHead = 0;
  labelTail = 0;
  if (length >= 8) {
    labelHead = load<u64>(start);
    labelTail = load<u64>(end - 8);
  } else if (length > 0) {
    labelHead = load<u64>(start) & ((<u64>-1) >> (<u64>(64 - (length << 3))));
  }
  let words = labelHead ^ (labelTail * 0x9e3779b97f4a7c15);
  if (length > 16) words ^= load<u64>(start + ((<usize>length) >> 1) - 4) * 0xc2b2ae3d27d4eb4f;
  const hash = (words ^ (<u64>length)) * 0xff51afd7ed558ccd;
  return (<i32>(hash >> 32)) ^ (<i32>hash);
}

/** Whether the `length` bytes at `a` and `b` are the same, eight at a time while they last. */
function sameBytes(a: usize, b: usize, length: usize): bool {
  let k: usize = 0;
  for (; k + 8 <= length; k += 8) if (load<u64>(a + k) != load<u64>(b + k)) return false;
  for (; k < length; k++) if (load<u8>(a + k) != load<u8>(b + k)) return false;
  return true;
}

/**
 * A label's number by its bytes, or -1 when not taught. Slots of 32 bytes: hash, length, first
 * and last eight bytes (a label of up to 16 bytes is compared by them alone), arena offset, id + 1.
 */
function labelOf(slots: usize, arena: usize, start: usize, end: usize): i32 {
  const hash = hashBytes(start, end);
  const length = <i32>(end - start);
  let slot = hash & (LABEL_SLOTS - 1);
  for (let probes = 0; probes < LABEL_SLOTS; probes++) {
    const at = slots + ((<usize>slot) << 5);
    const held = load<i32>(at + 28);
    if (held == 0) return -1;
    if (
      load<i32>(at) == hash &&
      load<i32>(at + 4) == length &&
      load<u64>(at + 8) == labelHead &&
      load<u64>(at + 16) == labelTail &&
      (length <= 16 || sameBytes(arena + <usize>load<i32>(at + 24), start, <usize>length))
    ) {
      return held - 1;
    }
    slot = (slot + 1) & (LABEL_SLOTS - 1);
  }
  return -1;
}

/** Teaches input[start, end) as label `id` of the region (role 3) or model (4) table. */
export function teachLabel(role: u32, start: i32, end: i32, id: i32): bool {
  const isRegion = role == REGION;
  const slots = isRegion ? REGION_SLOTS : MODEL_SLOTS;
  const arena = isRegion ? REGION_ARENA : MODEL_ARENA;
  const from = INPUT + <usize>start;
  const to = INPUT + <usize>end;
  if (labelOf(slots, arena, from, to) >= 0) return true;
  const count = isRegion ? regionLabels : modelLabels;
  const used = isRegion ? regionArenaUsed : modelArenaUsed;
  const length = end - start;
  if (id < 0 || count >= MAX_LABELS || used + length > LABEL_ARENA) return false;
  memory.copy(arena + <usize>used, from, <usize>length);
  const hash = hashBytes(from, to);
  let slot = hash & (LABEL_SLOTS - 1);
  while (load<i32>(slots + ((<usize>slot) << 5) + 28) != 0) slot = (slot + 1) & (LABEL_SLOTS - 1);
  const at = slots + ((<usize>slot) << 5);
  store<i32>(at, hash);
  store<i32>(at + 4, length);
  store<u64>(at + 8, labelHead);
  store<u64>(at + 16, labelTail);
  store<i32>(at + 24, used);
  store<i32>(at + 28, id + 1);
  if (isRegion) {
    regionLabels++;
    regionArenaUsed += length;
  } else {
    modelLabels++;
    modelArenaUsed += length;
  }
  return true;
}

function groupKey(region: i32, model: i32): i32 {
  return ((region & 0xffff) << 16) | (model & 0xffff);
}

/** The block of a region and model, or -1. Slots: key + 1, block. */
function groupBlockOf(region: i32, model: i32): i32 {
  if (region > 0xffff || model > 0xffff) return -1;
  const key = groupKey(region, model) + 1;
  let slot = <i32>((<u32>(key * <i32>0x9e3779b1)) >>> 20);
  for (let probes = 0; probes < GROUP_SLOTS; probes++) {
    const at = GROUP_TABLE + ((<usize>slot) << 3);
    const held = load<i32>(at);
    if (held == 0) return -1;
    if (held == key) return load<i32>(at + 4);
    slot = (slot + 1) & (GROUP_SLOTS - 1);
  }
  return -1;
}

/** Teaches the group of a region and model: returns its block, or -1 when there is no room. */
export function teachGroup(region: i32, model: i32): i32 {
  if (region < 0 || model < 0 || region > 0xffff || model > 0xffff) return -1;
  const known = groupBlockOf(region, model);
  if (known >= 0) return known;
  if (groups >= MAX_GROUPS) return -1;
  const key = groupKey(region, model) + 1;
  let slot = <i32>((<u32>(key * <i32>0x9e3779b1)) >>> 20);
  while (load<i32>(GROUP_TABLE + ((<usize>slot) << 3)) != 0) slot = (slot + 1) & (GROUP_SLOTS - 1);
  const at = GROUP_TABLE + ((<usize>slot) << 3);
  store<i32>(at, key);
  store<i32>(at + 4, groups);
  return groups++;
}

/** Whether `day` is in the window of days counted here (the first day taught sets it). */
export function dayFits(day: i32): bool {
  if (!windowSet) return true;
  const at = day - windowFirst;
  return at >= 0 && at < WINDOW;
}

/** Teaches that `day` has all the sightings the far-date tally keeps: it is counted here. */
export function teachDay(day: i32): bool {
  if (!windowSet) {
    windowFirst = day - (WINDOW >> 1);
    windowSet = true;
  }
  const at = day - windowFirst;
  if (at < 0 || at >= WINDOW) return false;
  store<u8>(SATURATED + <usize>at, 1);
  return true;
}

/** Clears what the caller has drained: far-date counts, year-first counts, group blocks. */
export function clearCounts(): void {
  memory.fill(FAR_COUNTS, 0, <usize>WINDOW * 4);
  memory.fill(RESULTS + (R_YEAR_FIRSTS << 2), 0, 16);
  memory.fill(GROUP_BLOCKS, 0, <usize>groups * GROUP_BLOCK);
}

export function clearYearFirsts(): void {
  memory.fill(RESULTS + (R_YEAR_FIRSTS << 2), 0, 16);
}
