import { useCallback, useId, useRef, useState } from 'react';
import type { DuplicatePolicy, TableMapping } from '../../domain/import/normalise';
import type { ImportResult } from '../../domain/import/types';
import type { TableCheck } from '../../workers/import-protocol';
import type { ImportChoices, ReviewTable } from './import-session';
import {
  applyCheck,
  applyPreviewError,
  choicesOf,
  duplicatesIn,
  importBlockers,
  initialDrafts,
  withMapping,
  type TableDraft,
} from './table-drafts';
import { TableReview } from './table-review';
import { useFocusTrap } from './use-focus-trap';

export interface ImportDialogProps {
  fileName: string;
  format: 'text' | 'xlsx' | 'xls' | 'ods';
  tables: readonly ReviewTable[];
  preview: (table: string, mapping: TableMapping) => Promise<ImportResult<TableCheck>>;
  onConfirm: (choices: ImportChoices) => void;
  /** Closes without importing this file (Escape does too). */
  onSkip: () => void;
}

const FORMAT_NAMES = {
  text: 'Text table',
  xlsx: 'Excel workbook',
  xls: 'Excel 97–2003 workbook',
  ods: 'OpenDocument spreadsheet',
};

function DuplicatesChoice({
  count,
  value,
  onChange,
}: {
  count: number;
  value: DuplicatePolicy | null;
  onChange: (policy: DuplicatePolicy) => void;
}) {
  const name = useId();
  return (
    <fieldset className="mt-4 rounded-md border border-warn p-2 text-sm dark:border-night-warn">
      <legend className="px-1 font-medium">
        {count === 1
          ? 'One date appears more than once'
          : `${count.toLocaleString('en-US')} dates appear more than once`}{' '}
        for the same region and model. What should happen to those rows?
      </legend>
      <label className="mr-4 inline-flex items-center gap-1">
        <input
          type="radio"
          name={name}
          checked={value === 'sum'}
          onChange={() => onChange('sum')}
        />
        Sum duplicate rows
      </label>
      <label className="inline-flex items-center gap-1">
        <input
          type="radio"
          name={name}
          checked={value === 'keep-last'}
          onChange={() => onChange('keep-last')}
        />
        Keep the last
      </label>
    </fieldset>
  );
}

/**
 * Before a file is imported: its sheets, the guessed shape and column meanings (all changeable),
 * questions the data cannot answer, and the first rows as they will be read.
 */
export function ImportDialog({
  fileName,
  format,
  tables,
  preview,
  onConfirm,
  onSkip,
}: ImportDialogProps) {
  const titleId = useId();
  const blockersId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const [drafts, setDrafts] = useState<TableDraft[]>(() => initialDrafts(tables));
  const [duplicates, setDuplicates] = useState<DuplicatePolicy | null>(null);
  useFocusTrap(dialogRef, onSkip);

  const update = useCallback((table: string, change: (draft: TableDraft) => TableDraft) => {
    setDrafts((current) =>
      current.map((draft) => (draft.review.table === table ? change(draft) : draft)),
    );
  }, []);

  const changeMapping = (draft: TableDraft, mapping: TableMapping) => {
    const revision = draft.revision + 1;
    update(draft.review.table, (current) => withMapping(current, mapping));
    preview(draft.review.table, mapping).then(
      (result) =>
        update(draft.review.table, (current) =>
          result.ok
            ? applyCheck(current, revision, result.value)
            : applyPreviewError(current, revision, result.error.message),
        ),
      (error: unknown) =>
        update(draft.review.table, (current) =>
          applyPreviewError(
            current,
            revision,
            `The preview failed: ${error instanceof Error ? error.message : String(error)}`,
          ),
        ),
    );
  };

  const blockers = importBlockers(drafts, duplicates);
  const duplicateCount = duplicatesIn(drafts);

  return (
    <div className="fixed inset-0 z-40 flex items-start justify-center overflow-auto bg-black/40 p-2 sm:p-6">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className="rp-panel w-full max-w-5xl p-4 shadow-xl"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          Import {fileName}
        </h2>
        <p className="rp-muted text-sm">
          {FORMAT_NAMES[format]}
          {tables.length > 1 ? ` with ${tables.length} sheets` : ''}. Check what each column holds,
          then import.
        </p>
        {drafts.map((draft) => (
          <TableReview
            key={draft.review.table}
            draft={draft}
            fileName={fileName}
            onInclude={(include) =>
              update(draft.review.table, (current) => ({ ...current, include }))
            }
            onMapping={(mapping) => changeMapping(draft, mapping)}
          />
        ))}
        {duplicateCount > 0 ? (
          <DuplicatesChoice count={duplicateCount} value={duplicates} onChange={setDuplicates} />
        ) : null}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button
            type="button"
            disabled={blockers.length > 0}
            aria-describedby={blockers.length > 0 ? blockersId : undefined}
            onClick={() => onConfirm(choicesOf(drafts, duplicateCount > 0 ? duplicates : null))}
            className="rp-button-primary"
          >
            Import
          </button>
          <button type="button" onClick={onSkip} className="rp-button">
            Skip this file
          </button>
          {blockers.length > 0 ? (
            <ul id={blockersId} className="rp-muted text-sm">
              {blockers.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
