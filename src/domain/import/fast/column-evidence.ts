import { parsePeriodText } from '../normalise/calendar-text';
import { classifyDateText, dayFromCompactNumber, isSerial } from '../normalise/date-text';
import type { DateOrderGuess, NumberLocaleGuess } from '../normalise/detect-column';
import { classifyNumberText, isNoValueText, type NumberEvidence } from '../normalise/number-text';
import type { Cell } from '../types';

/**
 * What detectDateOrder and describeColumn learn from a column, gathered one cell at a time, so
 * that a mapping guessed from the first rows can be checked against every row without keeping
 * the cells. `decide` gives exactly what detectDateOrder gives on the same cells.
 */
export class DateEvidence {
  dayFirst = 0;
  monthFirst = 0;
  either = 0;
  serials = 0;
  others = 0;
  example: string | null = null;
  ambiguousSeen = false;
  /** describeColumn's counts, for whether a time column reads as dates or as periods. */
  dates = 0;
  periods = 0;

  /** An ISO date (year first) in its plain form: neither a period nor a serial. */
  addYearFirst(): void {
    this.others++;
    this.dates++;
  }

  /** `count` yyyy-mm-dd cells at once. */
  addYearFirsts(count: number): void {
    this.others += count;
    this.dates += count;
  }

  /** `29/06/2019` in its plain form; `cells.text(index)` is the cell's text, read when needed. */
  addDayMonth(
    first: number,
    second: number,
    cells: { text(index: number): string },
    index: number,
  ): void {
    this.dates++;
    if (this.example === null) this.example = cells.text(index).trim();
    if (first > 12 && second <= 12) this.dayFirst++;
    else if (second > 12 && first <= 12) this.monthFirst++;
    else if (first !== second && first <= 12) {
      this.either++;
      if (!this.ambiguousSeen) this.example = cells.text(index).trim();
      this.ambiguousSeen = true;
    }
  }

  /** Any cell, read the way detectDateOrder and describeColumn read it. */
  addCell(cell: Cell): void {
    this.describe(cell);
    if (typeof cell === 'number') {
      if (isSerial(cell)) this.serials++;
      else this.others++;
      return;
    }
    if (typeof cell !== 'string' || isNoValueText(cell)) {
      if (cell !== null && typeof cell === 'object' && cell.kind === 'date') this.others++;
      return;
    }
    const text = classifyDateText(cell);
    if (text === null) return;
    if (text.kind === 'xy') this.example ??= cell.trim();
    if (text.kind === 'serial') this.serials++;
    else if (text.kind === 'ymd') this.others++;
    else if (text.first > 12 && text.second <= 12) this.dayFirst++;
    else if (text.second > 12 && text.first <= 12) this.monthFirst++;
    else if (text.first !== text.second && text.first <= 12) {
      this.either++;
      if (!this.ambiguousSeen) this.example = cell.trim();
      this.ambiguousSeen = true;
    }
  }

  private describe(cell: Cell): void {
    if (cell === null || (typeof cell === 'string' && isNoValueText(cell))) return;
    if (typeof cell === 'number') {
      if (dayFromCompactNumber(cell) !== null) this.dates++;
    } else if (typeof cell === 'object' && cell.kind === 'date') {
      this.dates++;
    } else if (typeof cell === 'string') {
      const date = classifyDateText(cell);
      if (parsePeriodText(cell) !== null) this.periods++;
      else if (date !== null && date.kind !== 'serial') this.dates++;
    }
  }

  decide(uses1904: boolean): DateOrderGuess {
    if (this.dayFirst > this.monthFirst) return { dateOrder: 'dmy' };
    if (this.monthFirst > this.dayFirst) return { dateOrder: 'mdy' };
    if (this.dayFirst > 0 || this.either > 0) {
      return {
        needsAnswer: { kind: 'date-order', options: ['dmy', 'mdy'], example: this.example ?? '' },
      };
    }
    if (this.serials > 0 && this.others === 0) {
      return { dateOrder: uses1904 ? 'serial1904' : 'serial1900' };
    }
    return { dateOrder: 'ymd' };
  }
}

/** What detectNumberLocale learns from a column, one cell at a time. */
export class NumberEvidenceTally {
  private readonly counts = new Map<NumberEvidence, number>();
  private example: string | null = null;

  /** A string cell that is not "no value", with its evidence. */
  addText(text: string, evidence: NumberEvidence): void {
    this.counts.set(evidence, (this.counts.get(evidence) ?? 0) + 1);
    if (evidence === 'ambiguous' && this.example === null) this.example = text.trim();
  }

  addCell(cell: Cell): void {
    if (typeof cell !== 'string' || isNoValueText(cell)) return;
    this.addText(cell, classifyNumberText(cell));
  }

  decide(): NumberLocaleGuess {
    const count = (evidence: NumberEvidence): number => this.counts.get(evidence) ?? 0;
    const dotDecimal = count('en');
    const commaDecimal = count('de') + count('fr');
    if (dotDecimal > 0 || commaDecimal > 0) {
      if (dotDecimal >= commaDecimal) return { numberLocale: 'en' };
      return { numberLocale: count('fr') > 0 && count('de') === 0 ? 'fr' : 'de' };
    }
    if (this.example !== null) {
      return {
        needsAnswer: { kind: 'number-locale', options: ['en', 'de'], example: this.example },
      };
    }
    return { numberLocale: count('spaced') > 0 ? 'fr' : 'none' };
  }
}
