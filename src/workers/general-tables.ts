import { guessMapping, mappingKey } from '../domain/import/normalise';
import { headerTexts } from '../domain/import/normalise/table-columns';
import type { ImportResult, RawTable } from '../domain/import/types';
import { checkTable, type DryRun } from './check-table';
import type { OpenedFile, OpenedTable } from './import-protocol';
import { readTables } from './read-tables';

/** Every table of a file read whole, with the guessed mapping's dry run of each. */
export interface GeneralTables {
  format: OpenedFile['format'];
  opened: OpenedTable[];
  raws: Map<string, RawTable>;
  dryRuns: Map<string, DryRun>;
}

/**
 * The general reader: the file's bytes into RawTables (every sheet of a workbook), each with the
 * mapping guessed from all its rows and a dry run. It takes every file the fast reader leaves.
 */
export function readGeneralTables(
  bytes: Uint8Array,
  file: string,
  report: (rows: number) => void,
): ImportResult<GeneralTables> {
  const read = readTables(bytes, file);
  if (!read.ok) return read;
  const raws = new Map<string, RawTable>();
  const dryRuns = new Map<string, DryRun>();
  let rows = 0;
  const opened = read.value.tables.map((entry): OpenedTable => {
    const raw: RawTable = entry.raw ?? {
      file,
      sheet: entry.key || null,
      rows: [],
      rowNumbers: [],
      notes: [],
    };
    raws.set(entry.key, raw);
    rows += raw.rows.length;
    report(rows);
    const { check, dryRun } = checkTable(raw, guessMapping(raw));
    dryRuns.set(entry.key, dryRun);
    return {
      table: entry.key,
      sheet: entry.sheet,
      mappingKey: mappingKey(headerTexts(raw, dryRun.check.mapping.headerRow)),
      guessed: check.mapping,
      check: entry.problem ? { ...check, error: entry.problem } : check,
      notes: raw.notes,
    };
  });
  return {
    ok: true,
    value: { format: read.value.format, opened, raws, dryRuns },
    issues: read.issues,
  };
}
