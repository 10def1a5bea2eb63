import type { DuplicatePolicy, TableMapping } from '../../domain/import/normalise';
import type { TableCheck } from '../../workers/import-protocol';
import type { ImportChoices, ReviewTable } from './import-session';

/** One table of the file in the import dialog, as the user is shaping it. */
export interface TableDraft {
  review: ReviewTable;
  include: boolean;
  mapping: TableMapping;
  /** Preview and dry run of `mapping`, or of the previous mapping while `pending`. */
  check: TableCheck;
  pending: boolean;
  /** Bumped on every change, so a late preview of an older mapping is not shown. */
  revision: number;
  /** A preview that failed (a fault, not a problem in the data). */
  previewError: string | null;
}

/**
 * Hidden sheets are left out unless chosen; so are sheets that cannot be imported as guessed
 * (a notes or chart sheet), unless the file has only that table.
 */
export function initialDrafts(tables: readonly ReviewTable[]): TableDraft[] {
  return tables.map((review) => {
    const readable = review.check.error === null && (review.sheet?.rowCount ?? 1) > 0;
    const include = !review.sheet?.hidden && (tables.length === 1 || readable);
    return {
      review,
      include,
      mapping: review.check.mapping,
      check: review.check,
      pending: false,
      revision: 0,
      previewError: null,
    };
  });
}

export function unanswered(draft: TableDraft): number {
  return draft.mapping.columns.filter(
    (column) => column.needsAnswer !== undefined && column.role !== 'ignore',
  ).length;
}

export function duplicatesIn(drafts: readonly TableDraft[]): number {
  return drafts
    .filter((draft) => draft.include)
    .reduce((sum, draft) => sum + draft.check.duplicates, 0);
}

/** Why Import cannot be pressed yet, for the line next to the button; empty when it can. */
export function importBlockers(
  drafts: readonly TableDraft[],
  duplicates: DuplicatePolicy | null,
): string[] {
  const included = drafts.filter((draft) => draft.include);
  if (included.length === 0) return ['Choose at least one sheet to import.'];
  const reasons: string[] = [];
  if (included.some((draft) => draft.pending)) reasons.push('Checking the new mapping…');
  const questions = included.reduce((sum, draft) => sum + unanswered(draft), 0);
  if (questions > 0)
    reasons.push(
      questions === 1 ? 'Answer the question above.' : `Answer the ${questions} questions above.`,
    );
  for (const draft of included) {
    if (draft.previewError) reasons.push(draft.previewError);
    else if (draft.check.error && !draft.pending) reasons.push(draft.check.error.message);
  }
  if (duplicatesIn(included) > 0 && duplicates === null)
    reasons.push('Choose what to do with duplicate rows.');
  return reasons;
}

export function choicesOf(
  drafts: readonly TableDraft[],
  duplicates: DuplicatePolicy | null,
): ImportChoices {
  return {
    tables: drafts
      .filter((draft) => draft.include)
      .map((draft) => ({ table: draft.review.table, mapping: draft.mapping })),
    // With no duplicates seen, any that appear after all are asked about rather than summed.
    duplicates: duplicates ?? 'ask',
  };
}

export function applyCheck(draft: TableDraft, revision: number, check: TableCheck): TableDraft {
  if (draft.revision !== revision) return draft;
  return { ...draft, mapping: check.mapping, check, pending: false, previewError: null };
}

export function applyPreviewError(
  draft: TableDraft,
  revision: number,
  message: string,
): TableDraft {
  if (draft.revision !== revision) return draft;
  return { ...draft, pending: false, previewError: message };
}

export function withMapping(draft: TableDraft, mapping: TableMapping): TableDraft {
  return { ...draft, mapping, pending: true, revision: draft.revision + 1, previewError: null };
}
