import { isoDay } from './date-parts';
import { unitsWord } from './text-keys';

/**
 * Reading ASCII fields four bytes at a time. Where a decoded text is all ASCII, its code units
 * are its bytes, so a field found in the text is read from the bytes through a DataView: a
 * 32-bit load takes four characters where charCodeAt takes one.
 */

/**
 * A 64-bit fingerprint of a key, in two 32-bit halves, taken over its characters four at a
 * time; the same from the bytes of an ASCII text and from its code units, so a key read either
 * way fingerprints alike. Keys past ASCII take another (code unit) form: they never equal an
 * ASCII key anyway.
 */
export class WordFingerprint {
  first = 0;
  second = 0;

  ofView(view: DataView, start: number, end: number): void {
    let first = 0x811c9dc5 | 0;
    let second = (0x9747b28c ^ (end - start)) | 0;
    let i = start;
    for (; i + 4 <= end; i += 4) {
      const word = view.getInt32(i, true);
      first = Math.imul(first ^ word, 0x01000193);
      first ^= first >>> 13;
      second = Math.imul(second ^ word, 0x5bd1e995);
      second ^= second >>> 15;
    }
    if (i < end) {
      let word = 0;
      for (let k = 0; i + k < end; k++) word |= view.getUint8(i + k) << (8 * k);
      first = Math.imul(first ^ word, 0x01000193);
      first ^= first >>> 13;
      second = Math.imul(second ^ word, 0x5bd1e995);
      second ^= second >>> 15;
    }
    this.first = first;
    this.second = second;
  }

  ofText(text: string, start: number, end: number): void {
    let first = 0x811c9dc5 | 0;
    let second = (0x9747b28c ^ (end - start)) | 0;
    for (let i = start; i < end; i += 4) {
      // Four ASCII bytes make a positive word: -1 says a character past ASCII.
      const word = unitsWord(text, i, end);
      if (word === -1) {
        this.ofUnits(text, start, end);
        return;
      }
      first = Math.imul(first ^ word, 0x01000193);
      first ^= first >>> 13;
      second = Math.imul(second ^ word, 0x5bd1e995);
      second ^= second >>> 15;
    }
    this.first = first;
    this.second = second;
  }

  /** Keys with characters past ASCII: one code unit at a time, from other seeds. */
  private ofUnits(text: string, start: number, end: number): void {
    let first = 0x2545f491 | 0;
    let second = (0x68e31da4 ^ (end - start)) | 0;
    for (let i = start; i < end; i++) {
      const unit = text.charCodeAt(i);
      first = Math.imul(first ^ unit, 0x01000193);
      second = Math.imul(second ^ unit, 0x5bd1e995);
      second ^= second >>> 15;
    }
    this.first = first;
    this.second = second;
  }
}

const DATE_SLOTS = 1 << 11;
const DATE_MASK = DATE_SLOTS - 1;
/** Distinct dates remembered (years of them); past that, a date is read from its digits. */
const MAX_DATES = DATE_SLOTS >> 1;
/** Remembered unreal dates: NaN does not fit an Int32Array. */
const NO_DAY = -0x80000000;

/** yyyy-mm-dd at view[start, start + 10) read digit by digit (the caller knows it ASCII). */
function readIsoDay(view: DataView, start: number): number {
  let text = '';
  for (let k = 0; k < 10; k++) text += String.fromCharCode(view.getUint8(start + k));
  return text.charCodeAt(4) === 0x2d ? isoDay(text, 0) : NaN;
}

/**
 * isoDay of 10-byte fields, remembered by their bytes (three loads, a hash and one cache line
 * per date) where a file names the same few hundred days millions of times. A slot is four
 * ints: the three words of the date's bytes and its day (NO_DAY for an unreal date).
 */
export class IsoDayCache {
  private readonly slots = new Int32Array(DATE_SLOTS * 4);
  private size = 0;

  /** isoDay of view[start, start + 10), which the caller knows to hold ASCII. */
  day(view: DataView, start: number): number {
    const low = view.getInt32(start, true);
    const middle = view.getInt32(start + 4, true);
    // Never 0 (cells hold no NUL: the scanner refuses it), so an empty slot never matches.
    const high = view.getUint16(start + 8, true);
    const hash =
      Math.imul(low, 0x9e3779b1) ^ Math.imul(middle, 0x85ebca6b) ^ Math.imul(high, 0x27d4eb2f);
    const slots = this.slots;
    let at = ((hash ^ (hash >>> 15)) & DATE_MASK) << 2;
    for (;;) {
      const known = slots[at + 2] as number;
      if (known === 0) break;
      if (known === high && slots[at] === low && slots[at + 1] === middle) {
        const day = slots[at + 3] as number;
        return day === NO_DAY ? NaN : day;
      }
      at = (at + 4) & ((DATE_SLOTS << 2) - 1);
    }
    const day = readIsoDay(view, start);
    if (this.size < MAX_DATES) {
      this.size++;
      slots[at] = low;
      slots[at + 1] = middle;
      slots[at + 2] = high;
      slots[at + 3] = Number.isNaN(day) ? NO_DAY : day;
    }
    return day;
  }
}
