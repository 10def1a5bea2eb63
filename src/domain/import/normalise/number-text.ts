import type { NumberLocale } from './types';

/** How a number was written, as far as its text alone can tell. */
export type NumberEvidence =
  /** Digits only: every locale reads it the same. */
  | 'plain'
  /** Digits grouped by spaces only ("1 234"): every locale reads it the same. */
  | 'spaced'
  /** `.` is the decimal mark ("1,234.5", "12.5"). */
  | 'en'
  /** `,` is the decimal mark and `.` groups or is absent ("1.234,5", "12,5"). */
  | 'de'
  /** `,` is the decimal mark and spaces group ("1 234,5"). */
  | 'fr'
  /** One separator followed by exactly three digits ("1.234", "1,234"): a thousand or one point two. */
  | 'ambiguous'
  | 'invalid';

const NO_VALUE = new Set(['', '-', '–', '—', 'n/a', 'na', 'n.a.', '#n/a']);

/** Blanks, dashes and "n/a" mean "no value", which is different from 0. */
export function isNoValueText(text: string): boolean {
  return NO_VALUE.has(text.trim().toLowerCase());
}

// Spaces of every kind, and apostrophes (Swiss "1'234"), only ever group digits.
const GROUPING_SPACE = /[\s\u00a0\u2007\u202f'’]/g;

interface NumberParts {
  negative: boolean;
  /** The digits and `.`/`,` separators, spaces removed. */
  body: string;
  spaced: boolean;
}

function splitSign(text: string): NumberParts | null {
  let value = text.trim().replace(/^\u2212/, '-');
  let negative = false;
  if (/^\(.*\)$/.test(value)) {
    negative = true;
    value = value.slice(1, -1).trim();
  } else if (/^[-+]/.test(value)) {
    negative = value.startsWith('-');
    value = value.slice(1).trim();
  }
  const body = value.replace(GROUPING_SPACE, '');
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return null;
  return { negative, body, spaced: body !== value };
}

function isGrouped(body: string, group: string): boolean {
  return body.split(group).every((part, i) => (i === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(part));
}

export function classifyNumberText(text: string): NumberEvidence {
  const parts = splitSign(text);
  if (!parts) return 'invalid';
  const { body, spaced } = parts;
  const commaDecimal = spaced ? 'fr' : 'de';
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return spaced ? 'spaced' : 'plain';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole = '', fraction = '', extra] = body.split(decimal);
    if (extra !== undefined || !/^\d+$/.test(fraction) || !isGrouped(whole, group))
      return 'invalid';
    return decimal === '.' ? 'en' : 'de';
  }
  const separator = lastDot >= 0 ? '.' : ',';
  const pieces = body.split(separator);
  if (pieces.length > 2) {
    if (!isGrouped(body, separator)) return 'invalid';
    return separator === ',' ? 'en' : 'de';
  }
  const [whole = '', fraction = ''] = pieces;
  if (!/^\d+$/.test(fraction) || !/^\d*$/.test(whole)) return 'invalid';
  const decimalEvidence = separator === '.' ? 'en' : commaDecimal;
  // Three digits after a single separator could be a thousands group, unless the whole part
  // cannot start a group ("0,123", "1234.567", ".123") or spaces already group the digits.
  if (fraction.length !== 3 || spaced || whole === '' || /^0/.test(whole) || whole.length > 3) {
    return decimalEvidence;
  }
  return 'ambiguous';
}

function decimalFor(locale: NumberLocale): '.' | ',' | null {
  if (locale === 'en') return '.';
  if (locale === 'de' || locale === 'fr') return ',';
  return null;
}

/**
 * Reads number text in a column's locale; null when it is not a number there. With locale
 * 'none' (no separator seen when the column was read) a value is read only when its own text is
 * unambiguous.
 */
export function parseNumberText(text: string, locale: NumberLocale): number | null {
  const parts = splitSign(text);
  if (!parts) return null;
  const evidence = classifyNumberText(text);
  if (evidence === 'invalid') return null;
  let decimal = decimalFor(locale);
  if (decimal === null) {
    if (evidence === 'ambiguous') return null;
    decimal = evidence === 'en' ? '.' : ',';
  }
  const group = decimal === '.' ? ',' : '.';
  const { body } = parts;
  const [whole = '', fraction, extra] = body.split(decimal);
  if (extra !== undefined) return null;
  if (whole.includes(group) && !isGrouped(whole, group)) return null;
  if (locale === 'fr' && whole.includes(group)) return null;
  const digits = whole.split(group).join('');
  const value = Number(
    `${digits === '' ? '0' : digits}${fraction === undefined ? '' : `.${fraction}`}`,
  );
  if (!Number.isFinite(value)) return null;
  return parts.negative ? -value : value;
}
