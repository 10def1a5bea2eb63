// VIN fingerprints: filed by part as they come (the top bits of the first hash), so the check
// for repeats at the end takes a part at a time, its hash table small enough to stay in cache,
// with no pass to sort them.
import {
  ensureMemory,
  inMemory,
  INPUT,
  PAIR_BLOCK,
  PART_AT,
  PART_BITS,
  PARTS,
  STORE,
} from './layout';

/** Where the next block goes. */
let storeEnd: usize = STORE;
let filed: i32 = 0;
let vinFirst: i32 = 0;
let vinSecond: i32 = 0;

/** Forgets every fingerprint filed. */
export function resetVins(): void {
  storeEnd = STORE;
  filed = 0;
  memory.fill(PART_AT, 0, <usize>PARTS * 4);
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

const BLOCK_MASK: usize = <usize>PAIR_BLOCK - 1;

/** Files a fingerprint in its part's block; false: no memory left for it. */
function addPair(first: i32, second: i32): bool {
  const slot = PART_AT + (partOf(first) << 2);
  let at = <usize>load<i32>(slot);
  // The part has no block yet, or its block is full.
  if ((at & BLOCK_MASK) == 0) {
    const block = storeEnd;
    if (!inMemory(block + <usize>PAIR_BLOCK) && !ensureMemory(block + <usize>PAIR_BLOCK)) {
      return false;
    }
    storeEnd = block + <usize>PAIR_BLOCK;
    store<i32>(block, at == 0 ? 0 : <i32>(at - <usize>PAIR_BLOCK));
    at = block + 8;
  }
  store<i32>(at, first);
  store<i32>(at + 4, second);
  store<i32>(slot, <i32>(at + 8));
  filed++;
  return true;
}

function partOf(first: i32): usize {
  return <usize>((<u32>first) >>> (32 - PART_BITS));
}

/** Files `count` fingerprints (pairs of i32) from input[at]: those JavaScript took. */
export function addPairs(at: i32, count: i32): bool {
  for (let k = 0; k < count; k++) {
    const pair = INPUT + <usize>at + ((<usize>k) << 3);
    if (!addPair(load<i32>(pair), load<i32>(pair + 4))) return false;
  }
  return true;
}

export function pairsFiled(): i32 {
  return filed;
}

/**
 * By part, i32: where its next fingerprint goes in its latest block (0: it has none). The block
 * starts at that address less one, rounded down to PAIR_BLOCK; its first i32 is the part's block
 * before. A second reader's are sent on by part (vin-repeat-check.ts filedByPart).
 */
export function partsAt(): usize {
  return PART_AT;
}

/**
 * FingerprintList.mayRepeat for one part: whether two of its pairs, or of them and the `count`
 * pairs at input[0] (a second reader's of the part), are the same. 1: two may be; 0: none; -1:
 * no memory for the check (a hash table past the store, small enough to stay in cache).
 */
export function partRepeats(part: i32, count: i32): i32 {
  if (part < 0 || part >= PARTS) return -1;
  const head = <usize>load<i32>(PART_AT + ((<usize>part) << 2));
  let length = count;
  let block: usize = head == 0 ? 0 : (head - 1) & ~BLOCK_MASK;
  // The latest block holds up to `head`, each before it is full.
  if (block != 0) length += <i32>((head - block - 8) >> 3);
  for (let before = block == 0 ? 0 : <usize>load<i32>(block); before != 0;) {
    length += (PAIR_BLOCK - 8) >> 3;
    before = <usize>load<i32>(before);
  }
  if (length < 2) return 0;
  let size = 64;
  while (size < 2 * length) size <<= 1;
  const table = storeEnd;
  if (!ensureMemory(table + ((<usize>size) << 3))) return -1;
  memory.fill(table, 0, (<usize>size) << 3);
  seenZero = false;
  const mask = size - 1;
  let end = head;
  while (block != 0) {
    for (let at = block + 8; at < end; at += 8) {
      if (seen(load<u64>(at), table, mask)) return 1;
    }
    block = <usize>load<i32>(block);
    end = block + <usize>PAIR_BLOCK;
  }
  for (let k = 0; k < count; k++) {
    if (seen(load<u64>(INPUT + ((<usize>k) << 3)), table, mask)) return 1;
  }
  return 0;
}

/** The table's empty slots are 0: a pair of two zeros is noted here instead. */
let seenZero = false;

/** Whether `pair` is in the table already; if not, it is put there. */
function seen(pair: u64, table: usize, mask: i32): bool {
  if (pair == 0) {
    if (seenZero) return true;
    seenZero = true;
    return false;
  }
  // The low bits of the second hash: the part is the first's top bits.
  let slot = (<i32>(pair >>> 32)) & mask;
  let held = load<u64>(table + ((<usize>slot) << 3));
  while (held != 0) {
    if (held == pair) return true;
    slot = (slot + 1) & mask;
    held = load<u64>(table + ((<usize>slot) << 3));
  }
  store<u64>(table + ((<usize>slot) << 3), pair);
  return false;
}
