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

/** What centuryIsoDay says of a field it does not take. */
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
 * The day of yyyy-mm-dd at bytes[start, start + 10) when it is a real day of 2000–2100, as
 * isoDay reads it; REFUSED otherwise (another form, or a date the general reading must report).
 */
export function centuryIsoDay(bytes: Uint8Array, start: number): number {
  if (bytes[start + 4] !== DASH || bytes[start + 7] !== DASH) return REFUSED;
  const y0 = (bytes[start] as number) - ZERO;
  const y1 = (bytes[start + 1] as number) - ZERO;
  const y2 = (bytes[start + 2] as number) - ZERO;
  const y3 = (bytes[start + 3] as number) - ZERO;
  const m0 = (bytes[start + 5] as number) - ZERO;
  const m1 = (bytes[start + 6] as number) - ZERO;
  const d0 = (bytes[start + 8] as number) - ZERO;
  const d1 = (bytes[start + 9] as number) - ZERO;
  // A byte below '0' wraps to a large unsigned number: one compare per digit.
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9) return REFUSED;
  if (m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return REFUSED;
  const day = realCivilDay(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1);
  // NaN fails both comparisons.
  return day >= CENTURY_FIRST_DAY && day <= CENTURY_LAST_DAY ? day : REFUSED;
}
