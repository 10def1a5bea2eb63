import type { ColumnMapping, TableMapping } from '../../domain/import/normalise';

const PREFIX = 'record-pace:mapping:v1:';

/** The slice of Storage this needs, so tests and private-mode browsers can pass their own. */
export type MappingStorage = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): MappingStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on the mere access to localStorage when storage is blocked.
    return null;
  }
}

function looksLikeMapping(value: unknown): value is TableMapping {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<TableMapping>;
  return (
    typeof candidate.shape === 'string' &&
    typeof candidate.headerRow === 'number' &&
    Array.isArray(candidate.columns) &&
    candidate.columns.every(
      (column) => typeof column === 'object' && column !== null && 'role' in column,
    )
  );
}

/**
 * Remembers the mapping the user confirmed for a set of headers (keyed by the importer's
 * mappingKey), so the next file with the same headers is offered it first. Storage may be
 * unavailable or full: then nothing is remembered, and importing still works.
 */
export function recallMapping(key: string, storage = browserStorage()): TableMapping | null {
  if (!storage) return null;
  let text: string | null;
  try {
    text = storage.getItem(PREFIX + key);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return looksLikeMapping(value) ? value : null;
  } catch {
    // A value written by an older version or edited by hand: ignore it, the guess is offered.
    return null;
  }
}

/** Returns false when the browser refused to store it (quota, private mode). */
export function rememberMapping(
  key: string,
  mapping: TableMapping,
  storage = browserStorage(),
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PREFIX + key, JSON.stringify(mapping));
    return true;
  } catch {
    return false;
  }
}

/**
 * Fits a remembered mapping to a new table with the same headers: the header row and header texts
 * come from the new table, and number and date formats are detected afresh, except those that
 * were answers (day-first or month-first, a decimal comma or point), which are kept.
 */
export function fitRemembered(
  remembered: TableMapping,
  guessed: TableMapping,
): TableMapping | null {
  if (remembered.columns.length !== guessed.columns.length) return null;
  const columns = guessed.columns.map((column, i) => {
    const chosen = remembered.columns[i];
    if (!chosen) return column;
    const fitted: ColumnMapping = { index: column.index, header: column.header, role: chosen.role };
    if (chosen.measure !== undefined) fitted.measure = chosen.measure;
    if (chosen.region !== undefined) fitted.region = chosen.region;
    if (chosen.dateOrder === 'dmy' || chosen.dateOrder === 'mdy')
      fitted.dateOrder = chosen.dateOrder;
    if (
      chosen.numberLocale === 'en' ||
      chosen.numberLocale === 'de' ||
      chosen.numberLocale === 'fr'
    ) {
      fitted.numberLocale = chosen.numberLocale;
    }
    return fitted;
  });
  return { shape: remembered.shape, headerRow: guessed.headerRow, columns };
}

/** Whether two mappings read a table the same way (formats and questions aside). */
export function sameChoices(a: TableMapping, b: TableMapping): boolean {
  if (a.shape !== b.shape || a.columns.length !== b.columns.length) return false;
  return a.columns.every((column, i) => {
    const other = b.columns[i];
    return (
      other !== undefined &&
      column.role === other.role &&
      column.measure === other.measure &&
      column.region === other.region
    );
  });
}
