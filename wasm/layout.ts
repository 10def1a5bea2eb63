// The kernel's constants and memory: fixed areas from the heap base, the input, then the VIN
// fingerprint store, which grows as they come.

export const QUOTE: u32 = 0x22;
export const CR: u32 = 0x0d;
export const LF: u32 = 0x0a;
export const DASH: u32 = 0x2d;
export const ZERO: u32 = 0x30;
export const SPACE: u32 = 0x20;

export const PLAIN: u32 = 0;
export const DELIMITER: u32 = 1;
export const SPECIAL: u32 = 2;

export const EVENT: u32 = 1;
export const VIN: u32 = 2;
export const REGION: u32 = 3;
export const MODEL: u32 = 4;

/** addDays' day for no event (vehicle-tally.ts NO_DAY). */
export const NO_DAY: i32 = -0x40000000;
export const REFUSED: i32 = -2;

/** readRow's answers for a row it does not count. */
export const NOT_USUAL: i32 = -1;
export const UNTAUGHT: i32 = -2;
/** The log of first sightings is full: JavaScript takes them, and the rows read on. */
export const LOG_FULL: i32 = -3;

export const MAX_FIELDS: i32 = 256;
/** Days counted here: a window this long from `windowFirst`. */
export const WINDOW: i32 = 2048;
export const LABEL_SLOTS: i32 = 2048;
export const MAX_LABELS: i32 = LABEL_SLOTS >> 1;
export const LABEL_ARENA: i32 = 1 << 16;
export const GROUP_SLOTS: i32 = 4096;
export const MAX_GROUPS: i32 = 1024;
/** Rows a call reads at most: V8 moves hot WebAssembly to optimised code between calls. */
export const MAX_ROWS: i32 = 4096;
/**
 * VIN fingerprints are checked for repeats in parts, by their first hash's top bits: a part's
 * hash table stays in cache (vins.ts).
 */
export const PART_BITS: u32 = 9;
export const PARTS: i32 = 1 << PART_BITS;
export const COUNTS: i32 = 4;
export const ORDERS: i32 = 0;
export const PRODUCTION: i32 = 1;
export const DELIVERIES: i32 = 2;
export const UNSCHEDULED_CHANGE: i32 = 3;

// Memory: fixed areas from the heap base, then the input (grown as pieces need).
export const BASE: usize = (__heap_base + 15) & ~(15 as usize);
export const CLASSES: usize = BASE;
export const ROLES: usize = CLASSES + 256;
export const EVENT_OF: usize = ROLES + MAX_FIELDS;
/** i32 results: see the exported offsets below. */
export const RESULTS: usize = EVENT_OF + MAX_FIELDS;
export const RESULTS_BYTES: usize = 256;
export const REGION_SLOTS: usize = RESULTS + RESULTS_BYTES;
export const REGION_ARENA: usize = REGION_SLOTS + <usize>LABEL_SLOTS * 32;
export const MODEL_SLOTS: usize = REGION_ARENA + <usize>LABEL_ARENA;
export const MODEL_ARENA: usize = MODEL_SLOTS + <usize>LABEL_SLOTS * 32;
export const GROUP_TABLE: usize = MODEL_ARENA + <usize>LABEL_ARENA;
export const SATURATED: usize = GROUP_TABLE + <usize>GROUP_SLOTS * 8;
export const FAR_COUNTS: usize = SATURATED + <usize>WINDOW;
export const GROUP_BLOCKS: usize = FAR_COUNTS + <usize>WINDOW * 4;
export const GROUP_BLOCK: usize = <usize>WINDOW * COUNTS * 4;
/** Month slots of 16 bytes: "yyyy-mm-", day before the first, length. */
export const MONTH_BITS: u32 = 10;
export const MONTHS: usize = GROUP_BLOCKS + <usize>MAX_GROUPS * GROUP_BLOCK;
export const MONTHS_BYTES: usize = ((<usize>1) << MONTH_BITS) * 16;
/** By part, i32: where its next fingerprint goes, in its latest block (0: none yet). */
export const PART_AT: usize = MONTHS + MONTHS_BYTES;
/**
 * The sightings of days the far-date tally still keeps, logged for JavaScript (tallies.ts): i32
 * pairs, the day, then the row's number in the call times four plus the event.
 */
export const SIGHTINGS: usize = PART_AT + <usize>PARTS * 4;
export const MAX_SIGHTINGS: i32 = 1024;
export const INPUT: usize = SIGHTINGS + <usize>MAX_SIGHTINGS * 8;
/** Pieces up to this size are read here (larger ones, rows of megabytes, by JavaScript). */
export const MAX_INPUT: i32 = 4 << 20;
/**
 * The VIN fingerprints, filed by part in blocks of PAIR_BLOCK bytes: the address of the part's
 * block before (0: none), four bytes unused, then pairs. The store grows a block at a time.
 */
export const PAIR_BLOCK: i32 = 2048;
export const STORE: usize = (INPUT + <usize>MAX_INPUT + 64 + 2047) & ~(2047 as usize);

// Results, as i32 at RESULTS + 4 × these.
export const R_TAKEN: usize = 0;
export const R_REASON: usize = 1;
export const R_REGION_START: usize = 2;
export const R_REGION_END: usize = 3;
export const R_MODEL_START: usize = 4;
export const R_MODEL_END: usize = 5;
export const R_DAYS: usize = 6; // four days
export const R_YEAR_FIRSTS: usize = 10; // four counts
export const R_SIGHTINGS: usize = 14;

/** The memory's size in bytes, as of the last time it grew. */
let memoryEnd: usize = 0;

/**
 * Grows the memory to `end` at least, by half its size at a time: each growth costs the
 * embedder a garbage collection (external memory pressure), and pages never written take no
 * room. False when it cannot.
 */
export function ensureMemory(end: usize): bool {
  memoryEnd = (<usize>memory.size()) << 16;
  if (end <= memoryEnd) return true;
  const needed = <i32>((end - memoryEnd + 0xffff) >> 16);
  const pages = max(needed, max(16, memory.size() >> 1));
  if (memory.grow(pages) < 0 && memory.grow(needed) < 0) return false;
  memoryEnd = (<usize>memory.size()) << 16;
  return true;
}

/** Whether `end` is inside the memory as it is: no call to grow it. */
export function inMemory(end: usize): bool {
  return end <= memoryEnd;
}

export function result(at: usize, value: i32): void {
  store<i32>(RESULTS + (at << 2), value);
}
