import { QUOTED } from './csv-fields';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Byte classes: plain, the delimiter, a line feed, anything a plain row may not hold. */
const PLAIN = 0;
const DELIMITER = 1;
const LINE_FEED = 2;
const SPECIAL = 3;

/** cut's answer for a row it does not take (or that the bytes cut): the scanner must read it. */
export const NOT_CUT = -1;

function byteClasses(delimiter: number): Uint8Array {
  const classes = new Uint8Array(256);
  for (let b = 0x80; b < 256; b++) classes[b] = SPECIAL;
  // NUL, CR and the quote have their own rules: the scanner applies them.
  classes[0] = SPECIAL;
  classes[CR] = SPECIAL;
  classes[QUOTE] = SPECIAL;
  classes[LF] = LINE_FEED;
  classes[delimiter] = DELIMITER;
  return classes;
}

/**
 * Cuts the usual row of a text into the scanner's starts, ends and flags, straight from its
 * bytes: ASCII, `width` fields (two or more: a blank line is never one), ended by LF or CRLF, fields plain or quoted without "" inside,
 * nothing after a closing quote. It takes only rows the text scanner reads the same way (the
 * scanner reads every other row). Fields named in `jumps` (dates) are taken to be that many
 * bytes long when a delimiter or a line end follows them, unchecked: the caller must check
 * each such field (a date read from its digits) and leave the row to the scanner otherwise.
 */
export class AsciiRows {
  private readonly classes: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly flags: Uint8Array;
  private readonly width: number;
  private readonly jumps: Int32Array;
  /** Whether the delimiter is below '-': plain runs are then found four bytes at a time. */
  private readonly wordScan: boolean;

  constructor(
    delimiter: number,
    width: number,
    jumps: readonly (readonly [field: number, bytes: number])[],
    cells: { starts: Int32Array; ends: Int32Array; flags: Uint8Array },
  ) {
    this.classes = byteClasses(delimiter);
    this.wordScan = delimiter < 0x2d;
    this.width = width;
    this.starts = cells.starts;
    this.ends = cells.ends;
    this.flags = cells.flags;
    this.jumps = new Int32Array(width);
    for (const [field, bytes] of jumps) if (field < width) this.jumps[field] = bytes;
  }

  /**
   * Cuts the row at bytes[at, end) (`view` on the same bytes): returns where the next row starts, or NOT_CUT (then starts,
   * ends and flags hold nothing of use).
   */
  cut(bytes: Uint8Array, view: DataView, at: number, end: number): number {
    const { classes, starts, ends, flags, jumps, wordScan } = this;
    const last = this.width - 1;
    let i = at;
    for (let f = 0; ; f++) {
      // Where the field's text ends, and past its closing quote when it has one.
      let textEnd: number;
      let fieldEnd: number;
      const jump = jumps[f] as number;
      starts[f] = i;
      flags[f] = 0;
      if (jump > 0 && i + jump < end && classes[bytes[i + jump] as number] !== PLAIN) {
        textEnd = i + jump;
        fieldEnd = textEnd;
      } else if (i < end && bytes[i] === QUOTE) {
        textEnd = this.closingQuote(bytes, i + 1, end);
        if (textEnd < 0) return NOT_CUT;
        starts[f] = i + 1;
        flags[f] = QUOTED;
        fieldEnd = textEnd + 1;
      } else {
        fieldEnd = i;
        if (wordScan) {
          // Four bytes at a time while none is below '-' (so no delimiter, quote, line break
          // or NUL) or past ASCII: a byte below '-' borrows, setting its high bit.
          while (fieldEnd + 4 <= end) {
            const word = view.getInt32(fieldEnd, true);
            if (((word - 0x2d2d2d2d) | word) & 0x80808080) break;
            fieldEnd += 4;
          }
        }
        while (fieldEnd < end && classes[bytes[fieldEnd] as number] === PLAIN) fieldEnd++;
        textEnd = fieldEnd;
      }
      ends[f] = textEnd;
      if (fieldEnd >= end) return NOT_CUT;
      const c = bytes[fieldEnd] as number;
      if (f < last) {
        if (classes[c] !== DELIMITER) return NOT_CUT;
        i = fieldEnd + 1;
        continue;
      }
      if (c === LF) return fieldEnd + 1;
      if (c === CR && fieldEnd + 1 < end && bytes[fieldEnd + 1] === LF) return fieldEnd + 2;
      return NOT_CUT;
    }
  }

  /** The closing quote of a field whose text starts at `from`, or -1 when it is not plain. */
  private closingQuote(bytes: Uint8Array, from: number, end: number): number {
    const classes = this.classes;
    let i = from;
    for (; i < end; i++) {
      const c = bytes[i] as number;
      if (c === QUOTE) break;
      // A delimiter inside quotes is text; a line break, NUL or byte past ASCII is not plain.
      if (classes[c] !== PLAIN && classes[c] !== DELIMITER) return -1;
    }
    if (i + 1 >= end) return -1;
    // Anything else after it ("" as an escape, text after the closing quote): for the scanner.
    const next = bytes[i + 1] as number;
    return classes[next] === DELIMITER || next === LF || next === CR ? i : -1;
  }
}
