import type { Cell } from '../types';
import { parsePeriodText } from './calendar-text';
import { classifyDateText, dayFromCompactNumber, isSerial } from './date-text';
import { classifyNumberText, isNoValueText, type NumberEvidence } from './number-text';
import type { DateOrder, NeedsAnswer, NumberLocale } from './types';

export type NumberLocaleGuess = { numberLocale: NumberLocale } | { needsAnswer: NeedsAnswer };

/** Detects a column's number locale from all its values; asks when the only evidence is ambiguous. */
export function detectNumberLocale(cells: readonly Cell[]): NumberLocaleGuess {
  const counts = new Map<NumberEvidence, number>();
  let example: string | null = null;
  for (const cell of cells) {
    if (typeof cell !== 'string' || isNoValueText(cell)) continue;
    const evidence = classifyNumberText(cell);
    counts.set(evidence, (counts.get(evidence) ?? 0) + 1);
    if (evidence === 'ambiguous' && example === null) example = cell.trim();
  }
  const count = (evidence: NumberEvidence): number => counts.get(evidence) ?? 0;
  const dotDecimal = count('en');
  const commaDecimal = count('de') + count('fr');
  if (dotDecimal > 0 || commaDecimal > 0) {
    // Both kinds in one column: the majority decides and the others are reported as bad numbers.
    if (dotDecimal >= commaDecimal) return { numberLocale: 'en' };
    return { numberLocale: count('fr') > 0 && count('de') === 0 ? 'fr' : 'de' };
  }
  if (example !== null) {
    return { needsAnswer: { kind: 'number-locale', options: ['en', 'de'], example } };
  }
  return { numberLocale: count('spaced') > 0 ? 'fr' : 'none' };
}

export type DateOrderGuess = { dateOrder: DateOrder } | { needsAnswer: NeedsAnswer };

/**
 * Detects how a date column is written. A value whose first part is over 12 proves day-first, one
 * whose second part is over 12 proves month-first; when every value fits both, the user is asked.
 */
export function detectDateOrder(cells: readonly Cell[], uses1904: boolean): DateOrderGuess {
  let dayFirst = 0;
  let monthFirst = 0;
  let either = 0;
  let serials = 0;
  let others = 0;
  let example: string | null = null;
  let ambiguousSeen = false;
  for (const cell of cells) {
    if (typeof cell === 'number') {
      if (isSerial(cell)) serials++;
      else others++;
      continue;
    }
    if (typeof cell !== 'string' || isNoValueText(cell)) {
      if (cell !== null && typeof cell === 'object' && cell.kind === 'date') others++;
      continue;
    }
    const text = classifyDateText(cell);
    if (text === null) continue;
    if (text.kind === 'xy') example ??= cell.trim();
    if (text.kind === 'serial') {
      serials++;
    } else if (text.kind === 'ymd') {
      others++;
    } else if (text.first > 12 && text.second <= 12) {
      dayFirst++;
    } else if (text.second > 12 && text.first <= 12) {
      monthFirst++;
    } else if (text.first !== text.second && text.first <= 12) {
      either++;
      if (!ambiguousSeen) example = cell.trim();
      ambiguousSeen = true;
    }
  }
  if (dayFirst > monthFirst) return { dateOrder: 'dmy' };
  if (monthFirst > dayFirst) return { dateOrder: 'mdy' };
  if (dayFirst > 0 || either > 0) {
    return {
      needsAnswer: { kind: 'date-order', options: ['dmy', 'mdy'], example: example ?? '' },
    };
  }
  if (serials > 0 && others === 0) return { dateOrder: uses1904 ? 'serial1904' : 'serial1900' };
  return { dateOrder: 'ymd' };
}

export interface ColumnContent {
  /** Cells with a value. */
  filled: number;
  dates: number;
  periods: number;
  numbers: number;
}

/** What kind of values a column holds, for guessing the role of columns whose header says nothing. */
export function describeColumn(cells: readonly Cell[]): ColumnContent {
  const content: ColumnContent = { filled: 0, dates: 0, periods: 0, numbers: 0 };
  for (const cell of cells) {
    if (cell === null || (typeof cell === 'string' && isNoValueText(cell))) continue;
    content.filled++;
    if (typeof cell === 'number') {
      content.numbers++;
      if (dayFromCompactNumber(cell) !== null) content.dates++;
    } else if (typeof cell === 'object' && cell.kind === 'date') {
      content.dates++;
    } else if (typeof cell === 'string') {
      const date = classifyDateText(cell);
      if (parsePeriodText(cell) !== null) content.periods++;
      else if (date !== null && date.kind !== 'serial') content.dates++;
      else if (classifyNumberText(cell) !== 'invalid') content.numbers++;
    }
  }
  return content;
}
