import type { Goal } from '../metrics/types';

export interface InputError {
  code: 'not-a-number' | 'negative' | 'range-reversed' | 'too-many-parts';
  message: string;
}

export type ParsedInput<T> = { ok: true; value: T } | { ok: false; error: InputError };

// Spaces of every kind and apostrophes group thousands in some locales ("33 000", "33'000").
const GROUPING = /[\s\u00a0\u202f'’]/g;
const SUFFIX_FACTORS: Record<string, number> = { k: 1_000, m: 1_000_000 };

/**
 * Reads a count typed by a person: "33000", "33,000", "33.000", "33 000", "33k", "1.5k".
 * A single `,` or `.` followed by exactly three digits groups thousands (people type goals in
 * thousands far more often than with three decimals); otherwise it is the decimal mark.
 */
export function parseQuantity(text: string): ParsedInput<number> {
  const trimmed = text.replace(GROUPING, '');
  const notANumber: ParsedInput<number> = {
    ok: false,
    error: { code: 'not-a-number', message: `"${text.trim()}" is not a number.` },
  };
  const match = /^([+-]?)([\d.,]+)([kKmM]?)$/.exec(trimmed);
  if (!match) return notANumber;
  const sign = match[1] ?? '';
  const digits = match[2] ?? '';
  const suffix = (match[3] ?? '').toLowerCase();
  const magnitude = numberFromDigits(digits);
  if (magnitude === null) return notANumber;
  const value = magnitude * (SUFFIX_FACTORS[suffix] ?? 1);
  if (sign === '-' && value !== 0) {
    return {
      ok: false,
      error: {
        code: 'negative',
        message: `"${text.trim()}" is negative; use a count of 0 or more.`,
      },
    };
  }
  return { ok: true, value };
}

function numberFromDigits(digits: string): number | null {
  if (!/\d/.test(digits)) return null;
  const commas = digits.split(',').length - 1;
  const dots = digits.split('.').length - 1;
  let normalised: string;
  if (commas > 0 && dots > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimalMark = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
    const groupMark = decimalMark === ',' ? '.' : ',';
    if (digits.split(decimalMark).length - 1 !== 1) return null;
    const [whole = '', fraction = ''] = digits.split(decimalMark);
    if (!isGrouped(whole, groupMark)) return null;
    normalised = `${whole.split(groupMark).join('')}.${fraction}`;
  } else if (commas + dots === 0) {
    normalised = digits;
  } else {
    const mark = commas > 0 ? ',' : '.';
    if (isGrouped(digits, mark) && (commas + dots > 1 || /[.,]\d{3}$/.test(digits))) {
      normalised = digits.split(mark).join('');
    } else if (commas + dots === 1) {
      normalised = digits.replace(',', '.');
    } else {
      return null;
    }
  }
  if (!/^\d*\.?\d*$/.test(normalised) || normalised === '.') return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

function isGrouped(text: string, mark: string): boolean {
  if (!text.includes(mark)) return /^\d+$/.test(text);
  const [head = '', ...groups] = text.split(mark);
  return /^\d{1,3}$/.test(head) && groups.every((group) => /^\d{3}$/.test(group));
}

// A dash between two numbers, "to", or "..": "33,000–36,000", "33000-36000", "33k to 36k".
const RANGE_SEPARATOR = /\s*(?:[-–—−]|\.\.|\bto\b)\s*/i;

/**
 * Parses the Goal field: empty = no goal, one number, or a range. A range whose ends are equal
 * is a single number; a reversed range is an error rather than silently swapped, because a typo
 * in a target should be seen.
 */
export function parseGoal(text: string): ParsedInput<Goal | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  // A leading dash makes a negative number, not a range with an empty low end.
  if (/^[-–—−]/.test(trimmed)) {
    return {
      ok: false,
      error: {
        code: 'negative',
        message: `"${trimmed}" is negative; a goal is a count of 0 or more.`,
      },
    };
  }
  const parts = trimmed.replace(/^[+]/, '').split(RANGE_SEPARATOR);
  if (parts.length > 2) {
    return {
      ok: false,
      error: {
        code: 'too-many-parts',
        message: `"${trimmed}" has more than two numbers; type one number or a range like 33,000–36,000.`,
      },
    };
  }
  const low = parseQuantity(parts[0] ?? '');
  if (!low.ok) return low;
  if (parts.length === 1) return { ok: true, value: { low: low.value } };
  const high = parseQuantity(parts[1] ?? '');
  if (!high.ok) return high;
  if (high.value < low.value) {
    return {
      ok: false,
      error: {
        code: 'range-reversed',
        message: `The range "${trimmed}" ends below where it starts; type the low end first.`,
      },
    };
  }
  if (high.value === low.value) return { ok: true, value: { low: low.value } };
  return { ok: true, value: { low: low.value, high: high.value } };
}

/** Writes a goal back in the form the Goal field accepts, with the given number format. */
export function formatGoal(goal: Goal, formatNumber: (value: number) => string): string {
  if (goal.high === undefined) return formatNumber(goal.low);
  return `${formatNumber(goal.low)}–${formatNumber(goal.high)}`;
}

/** A count field that may be left empty (the Record override): empty = none. */
export function parseOptionalQuantity(text: string): ParsedInput<number | null> {
  return text.trim() === '' ? { ok: true, value: null } : parseQuantity(text);
}
