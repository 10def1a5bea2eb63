import type { CalendarDay } from '../../records/calendar-day';
import type { DailyRecord, Granularity } from '../../records/dataset';
import type { Measure } from '../../records/measures';

export type TableShape = 'daily' | 'wide' | 'per-vehicle' | 'periodic';

export type ColumnRole =
  | 'date'
  | 'period'
  | 'region'
  | 'model'
  | 'measure'
  | 'order-date'
  | 'build-date'
  | 'delivery-date'
  | 'scheduled-date'
  | 'vin'
  | 'ignore';

/** How numbers are written: `en` 1,234.5 · `de` 1.234,5 · `fr` 1 234,5 · `none` no separators seen. */
export type NumberLocale = 'en' | 'de' | 'fr' | 'none';

/** How day/month/year text is ordered, or which spreadsheet serial system plain numbers use. */
export type DateOrder = 'ymd' | 'dmy' | 'mdy' | 'serial1900' | 'serial1904';

/** A question the importer cannot answer from the data alone; the user picks one of the options. */
export interface NeedsAnswer {
  kind: 'date-order' | 'number-locale';
  options: string[];
  /** A value from the column that shows the ambiguity, e.g. "03/04/2019" or "1.234". */
  example: string;
}

export interface ColumnMapping {
  index: number;
  header: string;
  role: ColumnRole;
  measure?: Measure;
  /** Wide tables: the region this column belongs to. */
  region?: string;
  numberLocale?: NumberLocale;
  dateOrder?: DateOrder;
  needsAnswer?: NeedsAnswer;
}

/** What each column of a table means. Plain JSON: it is stored and offered again for the same headers. */
export interface TableMapping {
  shape: TableShape;
  columns: ColumnMapping[];
  /** Index into RawTable.rows of the header row (usually 0). */
  headerRow: number;
}

/** Rows of one table that describe the same date, region and model (or the same vehicle). */
export interface DuplicateGroup {
  /** For people: "2019-06-29 · Norway · Model 3" or "VIN 5YJ3E1EA1KF000101". */
  label: string;
  day?: CalendarDay;
  region?: string;
  model?: string;
  vin?: string;
  /** Source row numbers, in file order. */
  rows: number[];
}

export type DuplicatePolicy = 'sum' | 'keep-last' | 'ask';

export interface NormalisedTable {
  records: DailyRecord[];
  /** The coarsest granularity among the records. */
  granularity: Granularity;
  duplicates: DuplicateGroup[];
  dateRange: [CalendarDay, CalendarDay];
}

/** A month or a quarter as written in a periodic table. */
export interface PeriodSpan {
  granularity: Exclude<Granularity, 'day'>;
  /** First day, inclusive. */
  start: CalendarDay;
  /** Last day, inclusive. */
  end: CalendarDay;
  /** Canonical label: "2019-06" or "2019-Q2". */
  label: string;
}
