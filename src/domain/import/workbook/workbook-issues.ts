import type { ImportIssue, ImportResult } from '../types';

export type WorkbookErrorCode =
  | 'not-a-workbook'
  | 'password-protected'
  | 'corrupt-workbook'
  | 'workbook-too-large'
  | 'zip-bomb'
  | 'unsafe-xml'
  | 'sheet-not-found'
  | 'sheet-too-large';

export function workbookError<T>(
  code: WorkbookErrorCode,
  file: string,
  message: string,
  hint: string,
  where: Pick<ImportIssue, 'sheet' | 'row' | 'column'> = {},
): ImportResult<T> {
  return {
    ok: false,
    error: { code, severity: 'error', message, file, hint, ...where },
    issues: [],
  };
}

export function passwordProtectedError<T>(file: string): ImportResult<T> {
  return workbookError(
    'password-protected',
    file,
    `${file} is password-protected, so it cannot be read.`,
    'Save it without a password and upload again.',
  );
}

/** The text of anything a parser threw, for a `hint`: SheetJS sometimes throws plain strings. */
export function thrownMessage(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}

export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / 1_000_000;
  return `${megabytes >= 10 ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
}

/**
 * Runs a call into fflate or SheetJS, which throw on truncated or corrupt input, and turns what
 * they throw into a 'corrupt-workbook' error value. The one place where exceptions are caught:
 * these libraries have no other way of saying a file is damaged.
 */
export function guardParser<T>(file: string, part: string, run: () => T): ImportResult<T> {
  try {
    return { ok: true, value: run(), issues: [] };
  } catch (thrown) {
    const detail = thrownMessage(thrown);
    if (/password|encrypt/i.test(detail)) return passwordProtectedError(file);
    return workbookError(
      'corrupt-workbook',
      file,
      `${file} is damaged or incomplete: its ${part} could not be read.`,
      `Open it in Excel or LibreOffice, save it again and upload the new file. (${detail})`,
    );
  }
}
