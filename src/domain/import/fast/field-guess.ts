/** Fields up to this long are remembered; longer ones are always scanned. */
const MAX_BYTES = 32;
const SLOT_BITS = 8;
/** A slot: length (-1: empty), value, then the field's words (the last read where it ends). */
const STRIDE = 2 + (MAX_BYTES >> 2) + 1;

/**
 * The plain fields of a column that names a few things millions of times (regions, models),
 * remembered with their numbers: a field is guessed from its first eight bytes and checked
 * word by word, so the kernel neither scans it for its end nor hashes it. A field shorter than
 * four bytes is remembered with the byte that ended it. A miss says nothing: the caller scans,
 * then `store`s.
 */
export class FieldGuess {
  /** The length of the field `guess` found. */
  length = 0;
  private readonly slots = new Int32Array((1 << SLOT_BITS) * STRIDE).fill(-1);

  /**
   * The number of the field at bytes[start, …) (`view` on them, `end` where they stop) when its
   * bytes are a field stored before, ended by `terminator`: then `length` is its length.
   * Otherwise -1.
   */
  guess(view: DataView, start: number, end: number, terminator: number): number {
    if (start + 8 > end) return -1;
    const first = view.getInt32(start, true);
    const slots = this.slots;
    const slot = slotOf(first, view.getInt32(start + 4, true));
    const length = slots[slot] as number;
    if (length < 0 || start + length >= end || slots[slot + 2] !== first) return -1;
    if (view.getUint8(start + length) !== terminator) return -1;
    if (length >= 4) {
      const whole = length >> 2;
      for (let k = 1; k < whole; k++) {
        if (slots[slot + 2 + k] !== view.getInt32(start + 4 * k, true)) return -1;
      }
      if (
        (length & 3) !== 0 &&
        slots[slot + 2 + whole] !== view.getInt32(start + length - 4, true)
      ) {
        return -1;
      }
    }
    this.length = length;
    return slots[slot + 1] as number;
  }

  /** Remembers `value` for the plain field bytes[start, start + length), ended by the byte after it. */
  store(view: DataView, start: number, length: number, end: number, value: number): void {
    if (length > MAX_BYTES || start + 8 > end || start + length >= end) return;
    const slots = this.slots;
    const slot = slotOf(view.getInt32(start, true), view.getInt32(start + 4, true));
    slots[slot] = length;
    slots[slot + 1] = value;
    // Under four bytes, the first word holds the field, the byte that ended it and more.
    slots[slot + 2] = view.getInt32(start, true);
    const whole = length >> 2;
    for (let k = 1; k < whole; k++) slots[slot + 2 + k] = view.getInt32(start + 4 * k, true);
    if (length >= 4 && (length & 3) !== 0) {
      slots[slot + 2 + whole] = view.getInt32(start + length - 4, true);
    }
  }
}

function slotOf(first: number, second: number): number {
  const hash = Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b);
  return (hash >>> (32 - SLOT_BITS)) * STRIDE;
}
