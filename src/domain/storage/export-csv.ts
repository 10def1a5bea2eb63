import { combineDatasets } from '../records/combine-datasets';
import { isoFromDay, type CalendarDay } from '../records/calendar-day';
import type { Dataset } from '../records/dataset';
import { MEASURES } from '../records/measures';
import { csvCell } from '../summary/summary-csv';

/**
 * Every value exactly, as the shortest text that reads back to the same number, but never in
 * exponent notation (which spreadsheets and the importer may not read as a number). Values
 * spread from monthly figures are fractions, and rounding them would change the totals.
 */
export function exactNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const shortest = String(value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!exponent) return shortest === '-0' ? '0' : shortest;
  // Move the point in the shortest digits rather than asking toFixed, which stops at 100 places.
  const [, sign = '', lead = '', rest = '', power = '0'] = exponent;
  const digits = lead + rest;
  const point = 1 + Number(power);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits}${'0'.repeat(Math.max(point - digits.length, 0))}`;
}

/**
 * All stored data as one daily-long CSV (RFC 4180, CRLF, UTF-8) that the importer reads back:
 * date, region, model, then each measure present. The datasets are combined as the dashboard
 * shows them (a later dataset wins per day, region and model), so nothing is counted twice.
 * Values spread from monthly or quarterly figures are written per day: they re-import as daily
 * values with the same totals. Texts that a spreadsheet would run as formulas are escaped.
 */
export function exportDatasetsCsv(entries: readonly Dataset[]): string {
  const combined = combineDatasets(entries);
  const measures = MEASURES.filter((measure) => combined.measures[measure] !== undefined);
  const lines = [['date', 'region', 'model', ...measures].join(',')];
  for (let row = 0; row < combined.days.length; row++) {
    const cells = [
      isoFromDay(combined.days[row]!),
      csvCell(combined.regions[combined.regionIndex[row]!] ?? ''),
      csvCell(combined.models[combined.modelIndex[row]!] ?? ''),
    ];
    for (const measure of measures) cells.push(exactNumber(combined.measures[measure]![row]!));
    lines.push(cells.join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** "record-pace-data-2019-06-29.csv" for the day the export is made. */
export function exportFileName(today: CalendarDay): string {
  return `record-pace-data-${isoFromDay(today)}.csv`;
}
