import { realCivilDay } from './civil-day';
import { CENTURY_FIRST_DAY, CENTURY_LAST_DAY } from './day-range';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const DASH = 0x2d;
const ZERO = 0x30;

/** Byte classes: plain, the delimiter, and anything a plain field may not hold. */
export const PLAIN = 0;
export const DELIMITER = 1;
export const SPECIAL = 2;

/** What CenturyIsoDays says of a field it does not take. */
export const REFUSED = -2;

/** The class of every byte, for fields of a text with this delimiter. */
export function byteClasses(delimiter: number): Uint8Array {
  const classes = new Uint8Array(256);
  for (let b = 0x80; b < 256; b++) classes[b] = SPECIAL;
  // NUL, CR, LF and the quote have their own rules: the scanner applies them.
  classes[0] = SPECIAL;
  classes[CR] = SPECIAL;
  classes[LF] = SPECIAL;
  classes[QUOTE] = SPECIAL;
  classes[delimiter] = DELIMITER;
  return classes;
}

/**
 * Whether view[at, at + length) (four bytes at least) are all from '-' to DEL, 0x2d–0x7f (so no
 * delimiter below '-', quote, space, line break, NUL or byte past ASCII: plain for a delimiter
 * below '-'), by words, the last one read where the run ends: a byte below '-' borrows, setting
 * its high bit. The byte after the run is the caller's to check.
 */
export function plainWordRun(view: DataView, at: number, length: number, end: number): boolean {
  if (length < 4 || at + length >= end) return false;
  let bits = 0;
  for (let k = at; k + 4 <= at + length; k += 4) {
    const word = view.getInt32(k, true);
    bits |= (word - 0x2d2d2d2d) | word;
  }
  const last = view.getInt32(at + length - 4, true);
  return ((bits | (last - 0x2d2d2d2d) | last) & 0x80808080) === 0;
}

const MONTH_BITS = 10;
const MONTH_SLOTS = 1 << MONTH_BITS;

/**
 * The days of yyyy-mm-dd fields of 2000–2100, read as isoDay reads them, with each month's
 * first day and length remembered by the field's first eight bytes ("yyyy-mm-"): a file names
 * the same few dozen months millions of times, so a date costs two loads and a compare for its
 * month, then its two day digits.
 */
export class CenturyIsoDays {
  /** By slot: the month's eight bytes as two words (0, 0 in a slot never filled: no date has NULs). */
  private readonly keys = new Int32Array(MONTH_SLOTS * 2);
  /** By slot: the day before the month's first, and its length (0: not a month of 2000–2100). */
  private readonly dayZero = new Int32Array(MONTH_SLOTS);
  private readonly lengths = new Int32Array(MONTH_SLOTS);

  /** The day of bytes[start, start + 10) (`view` on the same bytes), or REFUSED. */
  day(bytes: Uint8Array, view: DataView, start: number): number {
    const low = view.getInt32(start, true);
    const high = view.getInt32(start + 4, true);
    const slot = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> (32 - MONTH_BITS);
    if (this.keys[2 * slot] !== low || this.keys[2 * slot + 1] !== high) {
      this.learn(bytes, start, slot, low, high);
    }
    const d0 = (bytes[start + 8] as number) - ZERO;
    const d1 = (bytes[start + 9] as number) - ZERO;
    // A byte below '0' wraps to a large unsigned number: one compare per digit.
    if (d0 >>> 0 > 9 || d1 >>> 0 > 9) return REFUSED;
    const dayOfMonth = d0 * 10 + d1;
    if (dayOfMonth < 1 || dayOfMonth > (this.lengths[slot] as number)) return REFUSED;
    return (this.dayZero[slot] as number) + dayOfMonth;
  }

  private learn(bytes: Uint8Array, start: number, slot: number, low: number, high: number): void {
    this.keys[2 * slot] = low;
    this.keys[2 * slot + 1] = high;
    this.lengths[slot] = 0;
    if (bytes[start + 4] !== DASH || bytes[start + 7] !== DASH) return;
    let year = 0;
    for (let k = 0; k < 4; k++) {
      const digit = (bytes[start + k] as number) - ZERO;
      if (digit >>> 0 > 9) return;
      year = year * 10 + digit;
    }
    const m0 = (bytes[start + 5] as number) - ZERO;
    const m1 = (bytes[start + 6] as number) - ZERO;
    if (m0 >>> 0 > 9 || m1 >>> 0 > 9) return;
    const month = m0 * 10 + m1;
    if (month < 1 || month > 12) return;
    const first = realCivilDay(year, month, 1);
    if (first < CENTURY_FIRST_DAY || first > CENTURY_LAST_DAY) return;
    const next = month === 12 ? realCivilDay(year + 1, 1, 1) : realCivilDay(year, month + 1, 1);
    this.dayZero[slot] = first - 1;
    this.lengths[slot] = next - first;
  }
}
