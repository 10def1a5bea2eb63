import {
  detectDateOrder,
  detectNumberLocale,
  normaliseTable,
  previewTable,
  type ColumnMapping,
  type ColumnRole,
  type DuplicatePolicy,
  type NormalisedTable,
  type TableMapping,
  type TablePreview,
} from '../domain/import/normalise';
import { columnCells, tableUses1904 } from '../domain/import/normalise/table-columns';
import type { ImportResult, RawTable } from '../domain/import/types';
import type { TableCheck } from './import-protocol';

export const PREVIEW_ROWS = 20;

export const DATE_ROLES: ReadonlySet<ColumnRole> = new Set([
  'date',
  'order-date',
  'build-date',
  'delivery-date',
  'scheduled-date',
]);

/**
 * When the user gives a column a new role, its number or date format has not been detected yet
 * (the page clears it): detect it here, where the table is, and ask when the data is ambiguous.
 */
export function completeFormats(table: RawTable, mapping: TableMapping): TableMapping {
  const columns = mapping.columns.map((column): ColumnMapping => {
    if (column.needsAnswer !== undefined) return column;
    if (column.role === 'measure' && column.numberLocale === undefined) {
      const guess = detectNumberLocale(columnCells(table, mapping.headerRow, column.index));
      return { ...column, ...guess };
    }
    if (DATE_ROLES.has(column.role) && column.dateOrder === undefined) {
      const cells = columnCells(table, mapping.headerRow, column.index);
      return { ...column, ...detectDateOrder(cells, tableUses1904(table)) };
    }
    return column;
  });
  return { ...mapping, columns };
}

/**
 * A mapping as text, its keys sorted: the same mapping built in another order (a remembered one
 * fitted to the file, a column edited in the dialog) is recognised as the dry run's.
 */
export function mappingJson(mapping: TableMapping): string {
  return JSON.stringify(mapping, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/**
 * A dry run kept for the import itself: with the same mapping and no duplicates, or duplicates
 * to be summed, its records are the import's records, and a big table is not read twice.
 */
export interface DryRun {
  mappingJson: string;
  result: ImportResult<NormalisedTable>;
  /** What the dialog was shown for it: asked again with the same mapping, it is answered as is. */
  check: TableCheck;
}

export function reusableRecords(
  dryRun: DryRun | undefined,
  mapping: TableMapping,
  policy: DuplicatePolicy,
): ImportResult<NormalisedTable> | null {
  if (!dryRun || !dryRun.result.ok || dryRun.mappingJson !== mappingJson(mapping)) return null;
  return policy === 'sum' || dryRun.result.value.duplicates.length === 0 ? dryRun.result : null;
}

/** The preview and a dry run of the import with a mapping, for the import dialog. */
export function checkTable(
  table: RawTable,
  proposed: TableMapping,
): { check: TableCheck; dryRun: DryRun } {
  const mapping = completeFormats(table, proposed);
  const preview = previewTable(table, mapping, PREVIEW_ROWS);
  // Summing is only to count duplicates here; the user chooses what happens to them.
  const result = normaliseTable(table, mapping, { duplicates: 'sum' });
  const check = describeDryRun(mapping, preview, result);
  return { check, dryRun: { mappingJson: mappingJson(mapping), result, check } };
}

/** The dialog's account of a dry run: records, duplicates, the refusal and the issues. */
export function describeDryRun(
  mapping: TableMapping,
  preview: TablePreview,
  dryRun: ImportResult<NormalisedTable>,
): TableCheck {
  if (!dryRun.ok) {
    const unanswered = dryRun.error.code === 'needs-answer';
    return {
      mapping,
      preview,
      duplicates: 0,
      duplicateExample: null,
      recordCount: null,
      error: unanswered ? null : dryRun.error,
      issues: dryRun.issues,
    };
  }
  const [first] = dryRun.value.duplicates;
  return {
    mapping,
    preview,
    duplicates: dryRun.value.duplicates.length,
    duplicateExample: first ? `${first.label} (rows ${first.rows.join(', ')})` : null,
    recordCount: dryRun.value.records.length,
    error: null,
    issues: dryRun.issues,
  };
}
