import type { ImportIssue } from '../../domain/import/types';

/** "sales.xlsx · sheet June · row 12 · column Deliveries": where the user should look. */
export function issuePlace(issue: ImportIssue): string {
  const parts = [issue.file];
  if (issue.sheet) parts.push(`sheet ${issue.sheet}`);
  if (issue.row !== undefined) parts.push(`row ${issue.row}`);
  if (issue.column) parts.push(`column ${issue.column}`);
  return parts.join(' · ');
}

export function moreLikeThis(issue: ImportIssue): string | null {
  if (!issue.moreLikeThis) return null;
  const count = issue.moreLikeThis.toLocaleString('en-US');
  return issue.moreLikeThis === 1 ? '1 more row like this' : `${count} more rows like this`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A file that failed for a reason outside its contents: unreadable, or a fault in the app. */
export function importFailure(file: string, error: unknown): ImportIssue {
  const message = error instanceof Error ? error.message : String(error);
  const unreadable = error instanceof DOMException && error.name === 'NotReadableError';
  return unreadable
    ? {
        code: 'unreadable-file',
        severity: 'error',
        message: `${file} could not be read: ${message}`,
        file,
        hint: 'The file may have been moved or changed while it was read. Choose it again.',
      }
    : {
        code: 'internal-error',
        severity: 'error',
        message: `${file} could not be imported because of a fault in Record Pace: ${message}`,
        file,
        hint: 'Reload the page and try again; if it happens again, the file may help us reproduce it.',
      };
}
