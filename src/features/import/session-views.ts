import type { ImportIssue } from '../../domain/import/types';
import type { ProgressItem } from './import-progress';
import type { FilePhase, ImportState, SessionFile } from './import-session';

/** Files being read or imported, for the progress bars. */
export function progressItems(state: ImportState): ProgressItem[] {
  return state.files.flatMap((file): ProgressItem[] => {
    const { phase } = file;
    switch (phase.kind) {
      case 'reading':
        return [
          {
            id: file.id,
            name: file.name,
            bytesRead: phase.bytesRead,
            totalBytes: file.size,
            rows: null,
            stage: 'Reading',
          },
        ];
      case 'parsing':
        return [
          {
            id: file.id,
            name: file.name,
            bytesRead: phase.bytesRead ?? file.size,
            totalBytes: file.size,
            rows: phase.rows,
            stage: phase.checking ? 'Checking' : 'Reading rows of',
          },
        ];
      case 'importing':
        return [
          {
            id: file.id,
            name: file.name,
            bytesRead: file.size,
            totalBytes: file.size,
            rows: phase.rows,
            stage: 'Importing',
          },
        ];
      default:
        return [];
    }
  });
}

/** The file the import dialog shows: the first one waiting for the user. */
export function fileInReview(
  state: ImportState,
): (SessionFile & { phase: Extract<FilePhase, { kind: 'review' }> }) | null {
  for (const file of state.files) {
    if (file.phase.kind === 'review') return { ...file, phase: file.phase };
  }
  return null;
}

/** Every problem of the finished files: the reason a file was rejected first, then its warnings. */
export function importProblems(state: ImportState): ImportIssue[] {
  return state.files.flatMap((file) => {
    if (file.phase.kind === 'rejected') return [file.phase.error, ...file.issues];
    if (file.phase.kind === 'imported') return file.issues;
    return [];
  });
}
