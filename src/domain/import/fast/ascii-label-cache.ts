/** Keys up to this long are cached; longer ones always take the slow path. */
const MAX_BYTES = 32;
const SLOT_BITS = 9;
/** A slot: length (-1: empty), value, first word, last word, the words between (at most 6). */
const STRIDE = 4 + (MAX_BYTES >> 2) - 2;
const LOW_BYTES = [0, 0xff, 0xffff, 0xffffff];

/** The 0 to 3 bytes at view[start, end) as a little-endian word. */
function shortWord(view: DataView, start: number, end: number): number {
  // Read whole (past the key, still in the view) and masked where there is room.
  if (start + 4 <= view.byteLength) {
    return view.getInt32(start, true) & (LOW_BYTES[end - start] as number);
  }
  let word = 0;
  for (let k = 0; start + k < end; k++) word |= view.getUint8(start + k) << (8 * k);
  return word;
}

/**
 * A direct-mapped cache of numbers by ASCII byte ranges, for the few names (regions, models) a
 * file repeats millions of times: a key is its length and its words (the last one read where
 * it ends, overlapping the one before), so a hit is a few loads and compares, with no hashing
 * loop and no probing. A miss says nothing: the caller asks its table, then `store`s.
 */
export class AsciiLabelCache {
  private readonly slots = new Int32Array((1 << SLOT_BITS) * STRIDE).fill(-1);

  /** The number stored for view[start, end), or -1. */
  lookup(view: DataView, start: number, end: number): number {
    const length = end - start;
    if (length > MAX_BYTES) return -1;
    let first: number;
    let last: number;
    if (length >= 4) {
      first = view.getInt32(start, true);
      last = view.getInt32(end - 4, true);
    } else {
      first = shortWord(view, start, end);
      last = first;
    }
    const slots = this.slots;
    const slot = slotOf(length, first, last);
    if (slots[slot] !== length || slots[slot + 2] !== first || slots[slot + 3] !== last) return -1;
    // Words strictly between the first and the last (keys over eight bytes).
    for (let at = start + 4, k = slot + 4; at < end - 4; at += 4, k++) {
      if (slots[k] !== view.getInt32(at, true)) return -1;
    }
    return slots[slot + 1] as number;
  }

  /** Remembers `value` (not negative) for view[start, end), in place of what shared its slot. */
  store(view: DataView, start: number, end: number, value: number): void {
    const length = end - start;
    if (length > MAX_BYTES) return;
    const first = length >= 4 ? view.getInt32(start, true) : shortWord(view, start, end);
    const last = length >= 4 ? view.getInt32(end - 4, true) : first;
    const slots = this.slots;
    const slot = slotOf(length, first, last);
    slots[slot] = length;
    slots[slot + 1] = value;
    slots[slot + 2] = first;
    slots[slot + 3] = last;
    for (let at = start + 4, k = slot + 4; at < end - 4; at += 4, k++) {
      slots[k] = view.getInt32(at, true);
    }
  }
}

function slotOf(length: number, first: number, last: number): number {
  const hash = Math.imul(first ^ length, 0x9e3779b1) ^ Math.imul(last, 0x85ebca6b);
  return (hash >>> (32 - SLOT_BITS)) * STRIDE;
}
