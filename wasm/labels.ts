// Region and model labels by their bytes: the numbers the JavaScript kernel taught.
import {
  LABEL_ARENA,
  LABEL_SLOTS,
  MAX_LABELS,
  MODEL_ARENA,
  MODEL_SLOTS,
  REGION,
  REGION_ARENA,
  REGION_SLOTS,
  INPUT,
} from './layout';

let regionLabels: i32 = 0;
let regionArenaUsed: i32 = 0;
let modelLabels: i32 = 0;
let modelArenaUsed: i32 = 0;

/** Forgets every label taught. */
export function resetLabels(): void {
  memory.fill(REGION_SLOTS, 0, MODEL_ARENA + <usize>LABEL_ARENA - REGION_SLOTS);
  regionLabels = regionArenaUsed = modelLabels = modelArenaUsed = 0;
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
export function labelOf(slots: usize, arena: usize, start: usize, end: usize): i32 {
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
