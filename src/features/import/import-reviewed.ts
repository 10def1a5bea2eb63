import { importFailure } from './describe-issue';
import { ImportCancelledError } from './import-cancelled';
import type { ImportChoices, ReviewTable } from './import-session';
import type { LoadedData } from './loaded-data';
import { rememberMapping } from './mapping-memory';
import type { FlowDeps } from './open-for-review';

export interface ReviewedFile {
  id: string;
  file: File;
  /** The tables the dialog showed, for the mapping keys to remember the choices under. */
  reviewed: readonly ReviewTable[];
  /** The stored dataset the file replaces (the dataset list's Replace); null: by its name. */
  replaces: string | null;
}

/**
 * Imports a reviewed file with the user's choices: remembers the mappings, has the worker merge
 * the file into the loaded data, and hands the result to the app (kept as a dataset of its own
 * when the target keeps files).
 */
export async function importReviewed(
  reviewed: ReviewedFile,
  choices: ImportChoices,
  signal: AbortSignal,
  loaded: LoadedData,
  deps: FlowDeps,
): Promise<void> {
  const { id, file } = reviewed;
  const { dispatch } = deps;
  for (const choice of choices.tables) {
    const key = reviewed.reviewed.find((table) => table.table === choice.table)?.mappingKey;
    if (key !== undefined) rememberMapping(key, choice.mapping, deps.storage);
  }
  // Kept as a dataset of its own when the target keeps files (null: merged into the whole).
  const plan = loaded.planFile(file.name, reviewed.replaces);
  try {
    const result = await deps
      .client()
      .normalise(
        id,
        choices.tables,
        choices.duplicates,
        plan ? plan.existing : loaded.existing(),
        ({ rows }) => !signal.aborted && dispatch({ type: 'importing', id, rows }),
        plan ? 'file' : 'merged',
      );
    if (signal.aborted) return;
    if (!result.ok) {
      dispatch({ type: 'rejected', id, error: result.error, issues: result.issues });
      return;
    }
    const { recordCount } = result.value;
    if (!plan) {
      const merged = result.value.dataset;
      if (!merged) throw new Error('The import worker sent no merged dataset.');
      loaded.set(merged, result.value.sources);
      dispatch({ type: 'imported', id, recordCount, issues: result.issues });
      return;
    }
    const refused = await loaded.keepFile(plan, result.value, choices.tables);
    if (signal.aborted) return;
    if (refused) {
      dispatch({ type: 'rejected', id, error: refused, issues: result.issues });
      return;
    }
    dispatch({ type: 'imported', id, recordCount, issues: [...plan.issues, ...result.issues] });
  } catch (error) {
    if (error instanceof ImportCancelledError || signal.aborted) return;
    dispatch({ type: 'rejected', id, error: importFailure(file.name, error), issues: [] });
  }
}
