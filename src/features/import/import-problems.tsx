import { useId } from 'react';
import type { ImportIssue } from '../../domain/import/types';
import { issuePlace, moreLikeThis } from './describe-issue';

function IssueItem({ issue }: { issue: ImportIssue }) {
  // Messages from the importer usually name their place already; the text module also counts.
  const more = /more \w+ like this/.test(issue.message) ? null : moreLikeThis(issue);
  const placed = issue.message.includes(issue.file);
  return (
    <li className="py-1">
      {placed ? null : <span className="font-medium">{issuePlace(issue)}: </span>}
      {issue.message}
      {issue.hint ? <span className="rp-muted block text-sm">{issue.hint}</span> : null}
      {more ? <span className="rp-muted block text-sm italic">{more}</span> : null}
    </li>
  );
}

export interface ImportProblemsProps {
  issues: readonly ImportIssue[];
  onDismiss?: () => void;
}

/**
 * Every problem of the last import, each naming file, sheet, row and column. Errors are
 * announced (role="alert"); warnings and notes are plain lists the user reads at leisure.
 */
export function ImportProblems({ issues, onDismiss }: ImportProblemsProps) {
  const titleId = useId();
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  const notes = issues.filter((issue) => issue.severity === 'info');
  if (issues.length === 0) return null;
  return (
    <section
      aria-labelledby={titleId}
      className="rp-panel border-warn p-3 text-sm dark:border-night-warn"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id={titleId} className="text-base font-semibold">
          {errors.length + warnings.length > 0 ? 'Import problems' : 'Import notes'}
        </h2>
        {onDismiss ? (
          <button type="button" onClick={onDismiss} className="rp-button">
            Dismiss
          </button>
        ) : null}
      </div>
      {errors.length > 0 ? (
        <div role="alert" className="mt-2 text-bad dark:text-night-bad">
          <h3 className="font-semibold">Errors</h3>
          <ul className="list-disc pl-5">
            {errors.map((issue, i) => (
              <IssueItem key={`${issue.code}-${i}`} issue={issue} />
            ))}
          </ul>
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <div className="mt-2">
          <h3 className="font-semibold">Warnings</h3>
          <ul aria-label="Warnings" className="list-disc pl-5">
            {warnings.map((issue, i) => (
              <IssueItem key={`${issue.code}-${i}`} issue={issue} />
            ))}
          </ul>
        </div>
      ) : null}
      {notes.length > 0 ? (
        <div className="mt-2">
          <h3 className="font-semibold">Notes</h3>
          <ul aria-label="Notes" className="list-disc pl-5">
            {notes.map((issue, i) => (
              <IssueItem key={`${issue.code}-${i}`} issue={issue} />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
