import { isoFromDay } from '../records/calendar-day';
import type { DailyRecord } from '../records/dataset';
import type { Measure } from '../records/measures';

/** The committed sample file, under public/sample/. */
export const SAMPLE_FILE_NAME = 'record-pace-sample-2019.csv';

export const SAMPLE_CSV_MEASURES: readonly Measure[] = [
  'deliveries',
  'production',
  'orders',
  'backlog',
  'unscheduled',
];

export const SAMPLE_CSV_HEADER = ['date', 'region', 'model', ...SAMPLE_CSV_MEASURES].join(',');

function textCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function countCell(value: number | undefined, measure: Measure, record: DailyRecord): string {
  if (value === undefined) return '';
  // The sample holds whole cars only; anything else is a bug in the generator.
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${measure} on day ${record.day} in ${record.region} is ${value}`);
  }
  return String(value);
}

/**
 * The daily-long CSV of the sample: the header, then one line per record, LF line endings, a
 * final newline, plain integers with no separators, and a blank cell where a record has no value.
 */
export function sampleToCsv(records: readonly DailyRecord[]): string {
  const lines = [SAMPLE_CSV_HEADER];
  for (const record of records) {
    const cells = [isoFromDay(record.day), textCell(record.region), textCell(record.model ?? '')];
    for (const measure of SAMPLE_CSV_MEASURES) {
      cells.push(countCell(record.values[measure], measure, record));
    }
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}
