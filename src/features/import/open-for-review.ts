import type { Dispatch } from 'react';
import type { OpenedFile } from '../../workers/import-protocol';
import { importFailure } from './describe-issue';
import { ImportCancelledError } from './import-cancelled';
import type { ImportClient } from './import-client';
import type { ImportAction, ReviewTable } from './import-session';
import { fitRemembered, recallMapping, type MappingStorage } from './mapping-memory';

export interface FlowDeps {
  client: () => ImportClient;
  dispatch: Dispatch<ImportAction>;
  /** Where mappings are remembered; undefined: localStorage. */
  storage: MappingStorage | null | undefined;
}

/**
 * The tables as the dialog first shows them: a mapping remembered for the same headers is
 * offered first, with its own dry run (the worker answers it at once when it is the guess).
 */
async function reviewTables(
  id: string,
  opened: OpenedFile,
  deps: FlowDeps,
): Promise<ReviewTable[]> {
  const tables: ReviewTable[] = [];
  for (const table of opened.tables) {
    const recalled = recallMapping(table.mappingKey, deps.storage);
    const remembered = recalled ? fitRemembered(recalled, table.guessed) : null;
    let check = table.check;
    if (remembered) {
      const previewed = await deps.client().preview(id, table.table, remembered);
      if (previewed.ok) check = previewed.value;
    }
    tables.push({ ...table, remembered: remembered ? check.mapping : null, check });
  }
  return tables;
}

/**
 * Opens one file in the worker (which streams the File itself) and puts it up for review.
 * Returns its tables, or null when it was rejected or cancelled (the session says which).
 */
export async function openForReview(
  id: string,
  file: File,
  signal: AbortSignal,
  deps: FlowDeps,
): Promise<ReviewTable[] | null> {
  const { dispatch } = deps;
  try {
    dispatch({ type: 'parsing', id, rows: null, bytesRead: 0 });
    const opened = await deps
      .client()
      .open(
        id,
        file,
        file.name,
        ({ rows, stage, bytesRead }) =>
          !signal.aborted &&
          dispatch({ type: 'parsing', id, rows, checking: stage === 'checking', bytesRead }),
      );
    if (signal.aborted) return null;
    if (!opened.ok) {
      dispatch({ type: 'rejected', id, error: opened.error, issues: opened.issues });
      return null;
    }
    const tables = await reviewTables(id, opened.value, deps);
    if (signal.aborted) return null;
    const notes = [...opened.issues, ...opened.value.tables.flatMap((table) => table.notes)];
    const issues = [...new Set(notes)];
    dispatch({ type: 'opened', id, format: opened.value.format, tables, issues });
    return tables;
  } catch (error) {
    // Cancelling is not a failure: the session already shows "Import cancelled".
    if (error instanceof ImportCancelledError || signal.aborted) return null;
    dispatch({ type: 'rejected', id, error: importFailure(file.name, error), issues: [] });
    return null;
  }
}
