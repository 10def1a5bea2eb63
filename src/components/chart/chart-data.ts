/**
 * What a chart shows as numbers: the data table behind its toggle, and the CSV a user can
 * download. Values are raw (a CalendarDay for 'day', a 0–1 share for 'percent'); the table formats
 * them and also puts the raw value in each cell's `data-value` for exporters.
 */
export type ChartColumnKind = 'day' | 'number' | 'percent' | 'text';

export interface ChartColumn {
  key: string;
  label: string;
  kind: ChartColumnKind;
}

export type ChartCellValue = number | string | null;

export interface ChartTableData {
  /** Says what the table holds, e.g. "Remaining to the goal per day, 2019 Q3". */
  caption: string;
  /** The first column names the row (a day, a region, a model). */
  columns: ChartColumn[];
  rows: Record<string, ChartCellValue>[];
}

/** What every chart's caption line says: which data, up to when, from which files. */
export interface ChartCaption {
  /** "All regions · All models", "Europe · Model 3". */
  selection: string;
  /** "Sep 20, 2019"; null when the selection has no data in the period. */
  asOf: string | null;
  sources: readonly string[];
}
