// VIN fingerprints: filed one after another, checked for repeats at the end.
import { ensureMemory, inMemory, INPUT, PART_BITS, STORE } from './layout';

let storeEnd: usize = STORE;
/** The pairs gathered for the part being checked: from storeEnd to here. */
let gatheredEnd: usize = 0;
let vinFirst: i32 = 0;
let vinSecond: i32 = 0;

/** Forgets every fingerprint filed. */
export function resetVins(): void {
  storeEnd = gatheredEnd = STORE;
}

/** Files the fingerprint of the VIN at [start, end); false: no memory left for it. */
export function fileVin(start: usize, end: usize): bool {
  fingerprint(start, end);
  return addPair(vinFirst, vinSecond);
}

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
  if (!inMemory(storeEnd + 8) && !ensureMemory(storeEnd + 8)) return false;
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

/** Where the fingerprints filed start, eight bytes a pair: a second reader's are sent on. */
export function pairsAt(): usize {
  return STORE;
}

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
    if (!inMemory(end + 8) && !ensureMemory(end + 8)) return false;
    store<u64>(end, load<u64>(at));
    end += 8;
  }
  gatheredEnd = end;
  return true;
}

/**
 * Adds `count` pairs from input[at] to the part being gathered: a second reader's pairs of the
 * part, sent sorted by part, never filed in the store. False: no memory.
 */
export function gatherPairs(at: i32, count: i32): bool {
  const end = gatheredEnd + ((<usize>count) << 3);
  if (!inMemory(end) && !ensureMemory(end)) return false;
  memory.copy(gatheredEnd, INPUT + <usize>at, (<usize>count) << 3);
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
  // Nothing gathered since the last check (or ever): an empty part.
  const end = max(gatheredEnd, storeEnd);
  gatheredEnd = storeEnd;
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
