// The counts of the rows read here: day counts per group, far-date sightings, year-first cells.
import {
  DELIVERIES,
  FAR_COUNTS,
  GROUP_BLOCK,
  GROUP_BLOCKS,
  GROUP_SLOTS,
  GROUP_TABLE,
  MAX_GROUPS,
  MAX_SIGHTINGS,
  NO_DAY,
  ORDERS,
  PRODUCTION,
  RESULTS,
  R_SIGHTINGS,
  R_YEAR_FIRSTS,
  result,
  SATURATED,
  SIGHTINGS,
  UNSCHEDULED_CHANGE,
  WINDOW,
} from './layout';

let windowFirst: i32 = 0;
let windowSet = false;
let groups: i32 = 0;
let unscheduled = false;
/**
 * Whether a day the far-date tally still keeps sightings of is counted here, its sighting
 * logged for JavaScript (the first reader); otherwise its row is refused, untaught (a second
 * reader, which leaves such rows to the first).
 */
let logging = false;
let sightings: i32 = 0;
/** The days counted, from the window's first: lowest and highest (none while low > high). */
let countedLow: i32 = WINDOW;
let countedHigh: i32 = -1;

/** Forgets every group and day taught and everything counted. */
export function resetTallies(countsUnscheduled: bool, logSightings: bool): void {
  memory.fill(GROUP_BLOCKS, 0, <usize>groups * GROUP_BLOCK);
  memory.fill(GROUP_TABLE, 0, GROUP_BLOCKS - GROUP_TABLE);
  windowSet = false;
  groups = 0;
  unscheduled = countsUnscheduled;
  logging = logSightings;
  sightings = 0;
  countedLow = WINDOW;
  countedHigh = -1;
}

/** Where the log of sightings is: R_SIGHTINGS of them, read and forgotten each call. */
export function sightingsAt(): usize {
  return SIGHTINGS;
}

/** Starts a call's log afresh. */
export function clearSightings(): void {
  sightings = 0;
  result(R_SIGHTINGS, 0);
}

/** Whether a row's four sightings may be logged (or none need be). */
export function sightingsFit(): bool {
  return !logging || sightings + 4 <= MAX_SIGHTINGS;
}

/**
 * Whether the row's `day` can be counted here: in the window (set around the first day met)
 * and, unless sightings are logged, with every sighting the far-date tally keeps of it made.
 */
export function countable(day: i32): bool {
  if (day == NO_DAY) return true;
  if (!logging) return saturated(day);
  if (!windowSet) {
    windowFirst = day - (WINDOW >> 1);
    windowSet = true;
  }
  const at = day - windowFirst;
  return at >= 0 && at < WINDOW;
}

/** The first of the days counted, from the window's first (WINDOW: none), and how many. */
export function countedFrom(): i32 {
  return countedLow;
}
export function countedDays(): i32 {
  return countedHigh >= countedLow ? countedHigh - countedLow + 1 : 0;
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

function saturated(day: i32): bool {
  if (day == NO_DAY) return true;
  const at = day - windowFirst;
  return windowSet && at >= 0 && at < WINDOW && load<u8>(SATURATED + <usize>at) != 0;
}

/**
 * A counted row's `day` of `event`: a sighting counted, or logged while the far-date tally
 * keeps them (row: the row's number in the call).
 */
export function seeDay(day: i32, event: usize, row: i32): void {
  if (day == NO_DAY) return;
  const at = day - windowFirst;
  if (at < countedLow) countedLow = at;
  if (at > countedHigh) countedHigh = at;
  const yearFirsts = RESULTS + ((R_YEAR_FIRSTS + event) << 2);
  store<i32>(yearFirsts, load<i32>(yearFirsts) + 1);
  if (load<u8>(SATURATED + <usize>at) != 0) {
    const counts = FAR_COUNTS + ((<usize>at) << 2);
    store<i32>(counts, load<i32>(counts) + 1);
    return;
  }
  const entry = SIGHTINGS + ((<usize>sightings) << 3);
  store<i32>(entry, day);
  store<i32>(entry + 4, (row << 2) | (<i32>event));
  sightings++;
  result(R_SIGHTINGS, sightings);
}

/** VehicleTally.addDays into a group's block: COUNTS planes of WINDOW days. */
export function addDays(
  block: usize,
  ordered: i32,
  built: i32,
  delivered: i32,
  scheduled: i32,
): void {
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

function groupKey(region: i32, model: i32): i32 {
  return ((region & 0xffff) << 16) | (model & 0xffff);
}

/** The block of a region and model, or -1. Slots: key + 1, block. */
export function groupBlockOf(region: i32, model: i32): i32 {
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
  countedLow = WINDOW;
  countedHigh = -1;
  memory.fill(FAR_COUNTS, 0, <usize>WINDOW * 4);
  memory.fill(RESULTS + (R_YEAR_FIRSTS << 2), 0, 16);
  memory.fill(GROUP_BLOCKS, 0, <usize>groups * GROUP_BLOCK);
}

export function clearYearFirsts(): void {
  memory.fill(RESULTS + (R_YEAR_FIRSTS << 2), 0, 16);
}

/**
 * Adds the `count` i32 at `from` into those at `to`: a group's counts into the JavaScript
 * tally's, copied here and back (a loop JavaScript runs once an import, cold, is slower).
 */
export function addInto(to: usize, from: usize, count: i32): void {
  let k: usize = 0;
  const n = <usize>count;
  for (; k + 4 <= n; k += 4) {
    v128.store(to + (k << 2), i32x4.add(v128.load(to + (k << 2)), v128.load(from + (k << 2))));
  }
  for (; k < n; k++)
    store<i32>(to + (k << 2), load<i32>(to + (k << 2)) + load<i32>(from + (k << 2)));
}
