import type { DuplicatePolicy, TableMapping } from '../../domain/import/normalise';
import type { ImportIssue, SheetInfo } from '../../domain/import/types';
import type { OpenedFile, TableCheck, TableChoice } from '../../workers/import-protocol';

/** One table (sheet) of an opened file, as the import dialog first shows it. */
export interface ReviewTable {
  /** The sheet's name; '' for delimited text. */
  table: string;
  sheet: SheetInfo | null;
  mappingKey: string;
  guessed: TableMapping;
  /** The mapping confirmed before for the same headers; offered first. */
  remembered: TableMapping | null;
  /** Preview and dry run of the mapping offered first (remembered, else guessed). */
  check: TableCheck;
  notes: ImportIssue[];
}

export type FilePhase =
  | { kind: 'reading'; bytesRead: number }
  /** `bytesRead`: how far through the file the worker's reader is; null once it is all read. */
  | { kind: 'parsing'; rows: number | null; checking: boolean; bytesRead: number | null }
  | { kind: 'review'; format: OpenedFile['format']; tables: ReviewTable[] }
  | { kind: 'importing'; rows: number | null }
  | { kind: 'imported'; recordCount: number }
  | { kind: 'rejected'; error: ImportIssue }
  | { kind: 'skipped' }
  | { kind: 'cancelled' };

export interface SessionFile {
  id: string;
  name: string;
  size: number;
  phase: FilePhase;
  /** Notes from reading the file, then the warnings of the import. */
  issues: ImportIssue[];
}

export interface ImportState {
  files: SessionFile[];
  /** "Import cancelled", "2 files imported", …; for a status line. */
  notice: string | null;
}

/** What the user chose in the import dialog for one file. */
export interface ImportChoices {
  /** The tables to import (hidden or unticked sheets are left out) with their mappings. */
  tables: TableChoice[];
  duplicates: DuplicatePolicy;
}

export type ImportAction =
  | { type: 'added'; files: Array<{ id: string; name: string; size: number }> }
  | { type: 'read'; id: string; bytesRead: number }
  | {
      type: 'parsing';
      id: string;
      rows: number | null;
      checking?: boolean;
      bytesRead?: number | null;
    }
  | {
      type: 'opened';
      id: string;
      format: OpenedFile['format'];
      tables: ReviewTable[];
      issues: ImportIssue[];
    }
  | { type: 'importing'; id: string; rows: number | null }
  | { type: 'imported'; id: string; recordCount: number; issues: ImportIssue[] }
  | { type: 'rejected'; id: string; error: ImportIssue; issues: ImportIssue[] }
  | { type: 'skipped'; id: string }
  | { type: 'cancelled' }
  | { type: 'dismissed' };

export const initialImportState: ImportState = { files: [], notice: null };

const ACTIVE: ReadonlySet<FilePhase['kind']> = new Set([
  'reading',
  'parsing',
  'review',
  'importing',
]);

export function isActive(file: SessionFile): boolean {
  return ACTIVE.has(file.phase.kind);
}

function update(
  state: ImportState,
  id: string,
  change: (file: SessionFile) => SessionFile,
): ImportState {
  return { ...state, files: state.files.map((file) => (file.id === id ? change(file) : file)) };
}

/** Only a file still waiting for it may move on: late answers for a cancelled file are dropped. */
function whileActive(
  state: ImportState,
  id: string,
  change: (file: SessionFile) => SessionFile,
): ImportState {
  return update(state, id, (file) => (isActive(file) ? change(file) : file));
}

function doneNotice(files: SessionFile[]): string | null {
  if (files.some(isActive)) return null;
  const imported = files.filter((file) => file.phase.kind === 'imported').length;
  const rejected = files.filter((file) => file.phase.kind === 'rejected').length;
  const parts: string[] = [];
  if (imported > 0) parts.push(imported === 1 ? '1 file imported' : `${imported} files imported`);
  if (rejected > 0)
    parts.push(rejected === 1 ? '1 file not imported' : `${rejected} files not imported`);
  return parts.length > 0 ? parts.join(', ') : null;
}

function withNotice(state: ImportState): ImportState {
  return { ...state, notice: doneNotice(state.files) };
}

/**
 * The import session: each file goes reading → parsing → review → importing → imported, or ends
 * rejected, skipped (the dialog was closed) or cancelled. A new batch of files clears the
 * problems of the finished one.
 */
export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'added': {
      const ongoing = state.files.filter(isActive);
      const added = action.files.map((file): SessionFile => ({
        ...file,
        phase: { kind: 'reading', bytesRead: 0 },
        issues: [],
      }));
      return { files: [...ongoing, ...added], notice: null };
    }
    case 'read':
      return whileActive(state, action.id, (file) => ({
        ...file,
        phase: { kind: 'reading', bytesRead: action.bytesRead },
      }));
    case 'parsing':
      return whileActive(state, action.id, (file) => ({
        ...file,
        phase: {
          kind: 'parsing',
          rows: action.rows,
          checking: action.checking ?? false,
          bytesRead: action.bytesRead ?? null,
        },
      }));
    case 'opened':
      return whileActive(state, action.id, (file) => ({
        ...file,
        phase: { kind: 'review', format: action.format, tables: action.tables },
        issues: action.issues,
      }));
    case 'importing':
      return whileActive(state, action.id, (file) => ({
        ...file,
        phase: { kind: 'importing', rows: action.rows },
      }));
    case 'imported':
      return withNotice(
        whileActive(state, action.id, (file) => ({
          ...file,
          phase: { kind: 'imported', recordCount: action.recordCount },
          issues: [...file.issues, ...action.issues],
        })),
      );
    case 'rejected':
      return withNotice(
        whileActive(state, action.id, (file) => ({
          ...file,
          phase: { kind: 'rejected', error: action.error },
          issues: [...file.issues, ...action.issues],
        })),
      );
    case 'skipped':
      return withNotice(
        whileActive(state, action.id, (file) => ({ ...file, phase: { kind: 'skipped' } })),
      );
    case 'cancelled': {
      if (!state.files.some(isActive)) return state;
      const files = state.files.map((file): SessionFile =>
        isActive(file) ? { ...file, phase: { kind: 'cancelled' } } : file,
      );
      return { files, notice: 'Import cancelled' };
    }
    case 'dismissed':
      return { files: state.files.filter(isActive), notice: null };
  }
}

export { fileInReview, importProblems, progressItems } from './session-views';
