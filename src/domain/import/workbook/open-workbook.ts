import { read, utils, type ParsingOptions, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { strFromU8 } from 'fflate';
import type { ImportIssue, ImportResult, SheetInfo } from '../types';
import { cfbEntryNames, hasWorkbookStream } from './cfb-directory';
import type { DateSystem } from './date-serial';
import { hiddenOdsSheets } from './ods-visibility';
import { nonEmptyRowCount } from './sheet-rows';
import { sniffFormat, type SniffedFormat } from './sniff-format';
import type { SheetVisibility, Workbook, WorkbookFormat } from './workbook';
import { guardParser, passwordProtectedError, workbookError } from './workbook-issues';
import {
  checkDeclaredSizes,
  checkPartChecksums,
  checkXmlParts,
  inflateZip,
  readZipDirectory,
  repackStored,
} from './zip-inspection';

/**
 * Dates stay serial numbers (cellDates: false) and are turned into calendar days here, so no
 * time zone is involved; cellNF keeps the number formats that say which numbers are dates;
 * cellFormula and sheetStubs keep formulas that have no cached value, which would otherwise
 * vanish; nodim ignores a declared <dimension> that may be far larger than the real cells.
 */
export const SHEETJS_READ_OPTIONS: ParsingOptions = {
  type: 'array',
  dense: true,
  cellDates: false,
  cellText: false,
  cellHTML: false,
  cellFormula: true,
  cellNF: true,
  cellStyles: false,
  sheetStubs: true,
  nodim: true,
  bookVBA: false,
  WTF: false,
};

/** Opens an XLSX, XLS or ODS workbook after checking it is safe to hand to SheetJS. */
export function openWorkbook(bytes: Uint8Array, file: string): ImportResult<Workbook> {
  const format = sniffFormat(bytes, file);
  switch (format) {
    case 'encrypted-workbook':
      return passwordProtectedError(file);
    case 'text':
    case 'binary':
    case 'zip-other':
      return notAWorkbook(file, format);
    case 'xls': {
      const names = cfbEntryNames(bytes);
      if (names && !hasWorkbookStream(names)) return notAWorkbook(file, format);
      return parseWorkbook(bytes, file, 'xls', null);
    }
    case 'xlsx':
    case 'ods':
      return openZippedWorkbook(bytes, file, format);
  }
}

function openZippedWorkbook(
  bytes: Uint8Array,
  file: string,
  format: 'xlsx' | 'ods',
): ImportResult<Workbook> {
  const directory = readZipDirectory(bytes, file);
  if (!directory.ok) return directory;
  const sizes = checkDeclaredSizes(directory.value, file);
  if (!sizes.ok) return sizes;
  const inflated = inflateZip(bytes, file);
  if (!inflated.ok) return inflated;
  const parts = inflated.value;
  const partText = (name: string): string => {
    const content = parts.get(name);
    return content ? strFromU8(content) : '';
  };
  // Before the checksums: an encrypted part may not match them, and the real news is the password.
  if (format === 'ods' && partText('META-INF/manifest.xml').includes('encryption-data')) {
    return passwordProtectedError(file);
  }
  const checksums = checkPartChecksums(bytes, parts, file);
  if (!checksums.ok) return checksums;
  const xml = checkXmlParts(parts, file);
  if (!xml.ok) return xml;
  const hiddenOds =
    format === 'ods' ? hiddenOdsSheets(partText('content.xml'), partText('styles.xml')) : null;
  return parseWorkbook(repackStored(parts), file, format, hiddenOds);
}

function parseWorkbook(
  bytes: Uint8Array,
  file: string,
  format: WorkbookFormat,
  /** ODS only: the hidden sheets, which SheetJS does not report for ODS. */
  hiddenOds: ReadonlySet<string> | null,
): ImportResult<Workbook> {
  const parsed = guardParser(file, 'workbook', () => read(bytes, SHEETJS_READ_OPTIONS));
  if (!parsed.ok) return parsed;
  const workbook = parsed.value;
  const dateSystem: DateSystem = workbook.Workbook?.WBProps?.date1904 ? 1904 : 1900;
  const visibility = workbook.SheetNames.map((name, index): SheetVisibility => {
    if (hiddenOds) return hiddenOds.has(name) ? 'hidden' : 'visible';
    return visibilityFromSheetJs(workbook.Workbook?.Sheets?.[index]?.Hidden);
  });
  const sheets = workbook.SheetNames.map((name, index): SheetInfo => {
    const worksheet = worksheetOf(workbook, name);
    return {
      name,
      rowCount: nonEmptyRowCount(worksheet),
      hidden: visibility[index] !== 'visible',
      merges: (worksheet?.['!merges'] ?? []).map((range) => utils.encode_range(range)),
    };
  });
  const issues: ImportIssue[] = [];
  if (dateSystem === 1904) {
    issues.push({
      code: 'date-system-1904',
      severity: 'info',
      message: `${file} counts dates from 1904 (the old Mac Excel date system); its dates were read accordingly.`,
      file,
    });
  }
  workbook.SheetNames.forEach((sheet, index) => {
    const kind = visibility[index];
    if (kind === 'hidden' || kind === 'very-hidden')
      issues.push(hiddenSheetNote(file, sheet, kind));
  });
  return {
    ok: true,
    value: { file, format, sheets, dateSystem, handle: { parsed: workbook, visibility } },
    issues,
  };
}

/**
 * The sheet called `name`, looked up by the workbook's own list: a name such as "constructor"
 * or "__proto__" must not reach the properties every object has.
 */
export function worksheetOf(workbook: WorkBook, name: string): WorkSheet | undefined {
  if (!workbook.SheetNames.includes(name)) return undefined;
  return workbook.Sheets[name];
}

function visibilityFromSheetJs(hidden: number | undefined): SheetVisibility {
  if (hidden === 1) return 'hidden';
  if (hidden === 2) return 'very-hidden';
  return 'visible';
}

export function hiddenSheetNote(
  file: string,
  sheet: string,
  kind: 'hidden' | 'very-hidden',
): ImportIssue {
  const how =
    kind === 'very-hidden'
      ? 'very hidden (it can only be shown again from Excel’s VBA editor)'
      : 'hidden';
  return {
    code: kind === 'very-hidden' ? 'very-hidden-sheet' : 'hidden-sheet',
    severity: 'info',
    message: `Sheet "${sheet}" in ${file} is ${how}; it is imported only if chosen.`,
    file,
    sheet,
  };
}

function notAWorkbook<T>(file: string, format: SniffedFormat): ImportResult<T> {
  const what: Record<SniffedFormat, string> = {
    text: 'a text file',
    binary: 'neither a spreadsheet nor text',
    'zip-other': 'a zip archive but not a spreadsheet',
    xls: 'an Office file but not an Excel workbook',
    xlsx: '',
    ods: '',
    'encrypted-workbook': '',
  };
  return workbookError(
    'not-a-workbook',
    file,
    `${file} is ${what[format]}, so it cannot be opened as a workbook.`,
    format === 'text'
      ? 'Read it as delimited text (CSV or TSV) instead.'
      : 'Upload an XLSX, XLS or ODS workbook, or a CSV or TSV file.',
  );
}
