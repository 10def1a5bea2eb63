import type { FastImportedTable } from '../domain/import/fast';
import {
  previewTable,
  type ColumnMapping,
  type NormalisedTable,
  type TableMapping,
  type TablePreview,
} from '../domain/import/normalise';
import type { ImportResult, RawTable } from '../domain/import/types';
import { DATE_ROLES, describeDryRun, mappingJson, PREVIEW_ROWS, type DryRun } from './check-table';
import type { OpenedTable } from './import-protocol';

/** A file's one table as the fast reader read it: its first rows, not the whole table. */
export interface FastTable {
  /** The sheet's name; '' for delimited text. */
  table: string;
  format: 'text' | 'xlsx';
  /** The header and the first rows, as the general reader gives them. */
  sample: RawTable;
  /** Rows of the whole table, header included (RawTable.rows.length had it been read whole). */
  rowCount: number;
  /** Rows past the sample with only empty cells (FastImportedTable.emptyRowsPastPreview). */
  emptyRowsPastSample: number;
  mappingKey: string;
  /** The guessed mapping; the fast reader checked its formats against every row. */
  guessed: TableMapping;
}

function needsFormat(column: ColumnMapping): 'number' | 'date' | null {
  if (column.needsAnswer !== undefined) return null;
  if (column.role === 'measure' && column.numberLocale === undefined) return 'number';
  if (DATE_ROLES.has(column.role) && column.dateOrder === undefined) return 'date';
  return null;
}

/** Whether completeFormats has nothing left to detect: the mapping can be read as it is. */
export function hasAllFormats(mapping: TableMapping): boolean {
  return mapping.columns.every((column) => needsFormat(column) === null);
}

/**
 * completeFormats without the whole table: a column given a role whose format is not known yet
 * takes the format the guess detected for it, which the fast reader checked on every row (the
 * same detection on the same cells). Null when a column's format was never detected (it was
 * ignored, or of another kind): only the whole table can tell it then.
 */
export function completeFromGuess(
  mapping: TableMapping,
  guessed: TableMapping,
): TableMapping | null {
  const columns: ColumnMapping[] = [];
  for (const column of mapping.columns) {
    const kind = needsFormat(column);
    if (kind === null) {
      columns.push(column);
      continue;
    }
    const detected = guessed.columns.find((other) => other.index === column.index);
    if (kind === 'number' && detected?.role === 'measure' && detected.numberLocale !== undefined) {
      columns.push({ ...column, numberLocale: detected.numberLocale });
    } else if (
      kind === 'date' &&
      detected !== undefined &&
      DATE_ROLES.has(detected.role) &&
      detected.dateOrder !== undefined
    ) {
      columns.push({ ...column, dateOrder: detected.dateOrder });
    } else return null;
  }
  return { ...mapping, columns };
}

/**
 * previewTable on the first rows, counting the rows beyond them too: every row the sample does
 * not hold but those with only empty cells (blank lines are not rows to the fast reader).
 */
export function fastPreview(fast: FastTable, mapping: TableMapping): TablePreview {
  const preview = previewTable(fast.sample, mapping, PREVIEW_ROWS);
  const unseen = Math.max(0, fast.rowCount - fast.sample.rows.length - fast.emptyRowsPastSample);
  return { ...preview, totalRows: preview.totalRows + unseen };
}

/** The dry run of a mapping the fast reader read the whole table with. */
export function fastDryRun(
  fast: FastTable,
  mapping: TableMapping,
  result: ImportResult<NormalisedTable>,
): DryRun {
  const check = describeDryRun(mapping, fastPreview(fast, mapping), result);
  return { mappingJson: mappingJson(mapping), result, check };
}

/** The dialog's first view of a table the fast reader read with its guessed mapping. */
export function openedFastTable(
  read: FastImportedTable,
  format: FastTable['format'],
): { opened: OpenedTable; fast: FastTable; dryRun: DryRun } {
  const sheet = format === 'xlsx' ? (read.sheets?.[0] ?? null) : null;
  const fast: FastTable = {
    table: sheet?.name ?? '',
    format,
    sample: read.preview,
    rowCount: read.rowCount,
    emptyRowsPastSample: read.emptyRowsPastPreview ?? 0,
    mappingKey: read.mappingKey,
    guessed: read.mapping,
  };
  const dryRun = fastDryRun(fast, read.mapping, read.result);
  const opened: OpenedTable = {
    table: fast.table,
    sheet,
    mappingKey: read.mappingKey,
    guessed: read.mapping,
    check: dryRun.check,
    notes: read.preview.notes,
  };
  return { opened, fast, dryRun };
}
