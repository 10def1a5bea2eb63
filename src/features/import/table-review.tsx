import { useId } from 'react';
import type { ColumnMapping, TableMapping, TableShape } from '../../domain/import/normalise';
import { SHAPE_LABELS } from './column-options';
import { ColumnEditor } from './column-editor';
import { issuePlace, moreLikeThis } from './describe-issue';
import { sameChoices } from './mapping-memory';
import { PreviewGrid } from './preview-grid';
import type { TableDraft } from './table-drafts';

export interface TableReviewProps {
  draft: TableDraft;
  fileName: string;
  onInclude: (include: boolean) => void;
  onMapping: (mapping: TableMapping) => void;
}

function MappingSource({ draft, onMapping }: Pick<TableReviewProps, 'draft' | 'onMapping'>) {
  const { remembered, guessed } = draft.review;
  if (!remembered) return null;
  const usingRemembered = sameChoices(draft.mapping, remembered);
  return (
    <p className="text-sm">
      {usingRemembered ? 'Using the mapping you chose before for these headers. ' : null}
      <button
        type="button"
        className="underline"
        onClick={() => onMapping(usingRemembered ? guessed : remembered)}
      >
        {usingRemembered ? 'Use the guessed mapping instead' : 'Use the mapping chosen before'}
      </button>
    </p>
  );
}

function Warnings({ draft }: { draft: TableDraft }) {
  const warnings = draft.check.issues.filter((issue) => issue.severity !== 'info');
  if (warnings.length === 0) return null;
  const count = warnings.reduce((sum, issue) => sum + 1 + (issue.moreLikeThis ?? 0), 0);
  return (
    <details className="text-sm">
      <summary>
        {count === 1 ? '1 warning' : `${count.toLocaleString('en-US')} warnings`} with this mapping
      </summary>
      <ul className="list-disc pl-5">
        {warnings.map((issue, i) => (
          <li key={`${issue.code}-${i}`}>
            {issue.message.includes(issue.file)
              ? issue.message
              : `${issuePlace(issue)}: ${issue.message}`}
            {moreLikeThis(issue) && !/more \w+ like this/.test(issue.message)
              ? ` (${moreLikeThis(issue)})`
              : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** "sales.csv: read as Windows-1252." → "Read as Windows-1252." — the dialog already names the file. */
export function noteText(message: string, file: string): string {
  const text = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function ReadingNotes({ draft, fileName }: { draft: TableDraft; fileName: string }) {
  const notes = draft.review.notes.filter((note) => note.severity === 'info');
  if (notes.length === 0) return null;
  return (
    <ul aria-label="How the file was read" className="rp-muted text-sm">
      {notes.map((note, i) => (
        <li key={`${note.code}-${i}`}>{noteText(note.message, fileName)}</li>
      ))}
    </ul>
  );
}

/** One table of the file: whether to import it, what its columns mean, and how it will read. */
export function TableReview({ draft, fileName, onInclude, onMapping }: TableReviewProps) {
  const titleId = useId();
  const { review, mapping, check } = draft;
  const sheet = review.sheet;
  const title = sheet ? `Sheet ${sheet.name}` : fileName;
  const setColumn = (column: ColumnMapping) =>
    onMapping({
      ...mapping,
      columns: mapping.columns.map((c) => (c.index === column.index ? column : c)),
    });
  return (
    <section
      aria-labelledby={titleId}
      className="mt-4 rounded-md border border-line p-3 dark:border-night-line"
    >
      <h3 id={titleId} className="font-semibold">
        {sheet ? (
          <label className="inline-flex items-center gap-2">
            <input
              type="checkbox"
              checked={draft.include}
              onChange={(event) => onInclude(event.target.checked)}
            />
            {`${sheet.name} (${sheet.rowCount.toLocaleString('en-US')} rows${sheet.hidden ? ', hidden' : ''})`}
          </label>
        ) : (
          title
        )}
      </h3>
      {draft.include ? (
        <div className="mt-2 space-y-2">
          <ReadingNotes draft={draft} fileName={fileName} />
          <MappingSource draft={draft} onMapping={onMapping} />
          <label className="flex items-center gap-2 text-sm">
            Table shape
            <select
              value={mapping.shape}
              onChange={(event) =>
                onMapping({ ...mapping, shape: event.target.value as TableShape })
              }
              className="rp-field"
            >
              {(Object.keys(SHAPE_LABELS) as TableShape[]).map((shape) => (
                <option key={shape} value={shape}>
                  {SHAPE_LABELS[shape]}
                </option>
              ))}
            </select>
          </label>
          <ul aria-label={`Columns of ${title}`} className="text-sm">
            {mapping.columns.map((column) => (
              <ColumnEditor
                key={column.index}
                column={column}
                shape={mapping.shape}
                onChange={setColumn}
              />
            ))}
          </ul>
          {draft.pending ? (
            <p className="text-sm" role="status">
              Checking the new mapping…
            </p>
          ) : null}
          {draft.previewError ? (
            <p className="text-sm text-bad dark:text-night-bad">{draft.previewError}</p>
          ) : null}
          {check.error && !draft.pending ? (
            <p className="text-sm text-bad dark:text-night-bad">
              Cannot be imported as mapped: {check.error.message}
              {check.error.hint ? ` ${check.error.hint}` : null}
            </p>
          ) : null}
          {check.recordCount !== null && !draft.pending ? (
            <p className="text-sm">{`${check.recordCount.toLocaleString('en-US')} daily records will be imported.`}</p>
          ) : null}
          <PreviewGrid preview={check.preview} title={title} />
          <Warnings draft={draft} />
        </div>
      ) : null}
    </section>
  );
}
