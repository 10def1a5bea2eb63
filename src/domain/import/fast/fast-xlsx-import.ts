import { read, type WorkBook } from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';
import { guessMapping, mappingKey, findHeaderRow } from '../normalise/guess-mapping';
import { columnCount, headerTexts } from '../normalise/table-columns';
import type { DuplicatePolicy, TableMapping } from '../normalise/types';
import type { Cell, RawTable } from '../types';
import { isDateFormat } from '../workbook/date-serial';
import { SHEETJS_READ_OPTIONS } from '../workbook/open-workbook';
import { MAX_SHEET_CELLS } from '../workbook/read-sheet';
import { findUnsafeXmlDeclaration } from '../workbook/xml-safety';
import { checkDeclaredSizes, readZipDirectory } from '../workbook/zip-inspection';
import { crc32Update } from './crc32';
import {
  checkGuess,
  checksFor,
  createReader,
  guessProblem,
  mappingProblem,
  normalisedResult,
  notEligible,
} from './fast-table';
import type { FastImportOutcome } from './fast-text-import';
import { readSharedStrings } from './shared-strings';
import { createSheetXmlScanner } from './sheet-xml-scanner';
import { XlsxRowSource } from './xlsx-row-source';
import { partBytes, streamPart, zipEntries, type ZipEntry } from './zip-entries';

const SAMPLE_ROWS = 1000;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const EMPTY_SHEET = strToU8(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
);
const EMPTY_STRINGS = strToU8(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
);

export interface FastXlsxOptions {
  file: string;
  mappings?: Record<string, TableMapping>;
  duplicates?: DuplicatePolicy;
}

interface Workbook {
  sheetName: string;
  sheetEntry: ZipEntry;
  strings: string[];
  dateStyles: boolean[];
}

/**
 * findUnsafeXmlDeclaration, by the rare `!` rather than every `<`: the same answer for UTF-8
 * parts (the others go to it as they are).
 */
function hasUnsafeDeclaration(content: Uint8Array): boolean {
  if (content[0] === 0xff || content[0] === 0xfe) return findUnsafeXmlDeclaration(content) !== null;
  for (let at = content.indexOf(0x21); at > 0; at = content.indexOf(0x21, at + 1)) {
    if (content[at - 1] === 0x3c && findUnsafeXmlDeclaration(content.subarray(at - 1, at + 8))) {
      return true;
    }
  }
  return false;
}

/**
 * Opens the workbook as openWorkbook would, except the big parts: the same safety checks
 * (declared sizes, checksums, no DOCTYPE or ENTITY anywhere), SheetJS for the workbook, styles
 * and number formats with the sheet and strings left out, and the shared strings read here. One
 * visible sheet in the 1900 date system only; anything else is the general reader's.
 */
function openWorkbookParts(bytes: Uint8Array, file: string): Workbook | string {
  const directory = readZipDirectory(bytes, file);
  if (!directory.ok) return 'the zip directory cannot be read';
  if (!checkDeclaredSizes(directory.value, file).ok)
    return 'the workbook is too large or a zip bomb';
  const entries = zipEntries(bytes);
  if (entries === null) return 'a zip layout the fast reader does not take';
  const names = entries.map((entry) => entry.name);
  if (!names.includes('[Content_Types].xml') || !names.some((name) => name.startsWith('xl/'))) {
    return 'not an XLSX workbook';
  }
  if (new Set(names).size !== names.length) return 'a part is named twice';
  const sheets = entries.filter((entry) => SHEET_PART.test(entry.name));
  const sheetEntry = sheets[0];
  if (sheets.length !== 1 || !sheetEntry) return 'more than one sheet';
  const small: Record<string, Uint8Array> = {};
  let stringsXml: Uint8Array | null = null;
  for (const entry of entries) {
    if (entry === sheetEntry) continue;
    const content = partBytes(bytes, entry);
    if (content === null || crc32Update(0, content) !== entry.crc)
      return `part ${entry.name} is damaged`;
    if (hasUnsafeDeclaration(content)) return 'a part declares a DOCTYPE or ENTITY';
    if (entry.name === SHARED_STRINGS) {
      stringsXml = content;
      small[entry.name] = EMPTY_STRINGS;
    } else small[entry.name] = content;
  }
  small[sheetEntry.name] = EMPTY_SHEET;
  let workbook: WorkBook;
  try {
    workbook = read(zipSync(small, { level: 0 }), SHEETJS_READ_OPTIONS);
  } catch (error) {
    if (error instanceof Error) return 'SheetJS cannot read the workbook';
    throw error;
  }
  if (workbook.SheetNames.length !== 1) return 'more than one sheet';
  const sheetName = workbook.SheetNames[0] ?? '';
  if (workbook.Workbook?.WBProps?.date1904) return 'the 1904 date system';
  if ((workbook.Workbook?.Sheets?.[0]?.Hidden ?? 0) !== 0) return 'a hidden sheet';
  let strings: string[] = [];
  if (stringsXml !== null) {
    if (stringsXml[0] === 0xff || stringsXml[0] === 0xfe) return 'UTF-16 shared strings';
    const read = readSharedStrings(new TextDecoder().decode(stringsXml));
    if (read === null) return 'shared strings in forms the fast reader does not take';
    strings = read;
  }
  // cellFromSheetJs reads a number as a date when its style's number format shows a date.
  // SheetJS keeps its number format table and parsed styles on the workbook, untyped.
  const parsed = workbook as WorkBook & {
    SSF?: Record<number, string>;
    Styles?: { CellXf?: { numFmtId?: number }[] };
  };
  const formats = parsed.SSF ?? {};
  const styles = parsed.Styles?.CellXf ?? [];
  const dateStyles = styles.map((xf) => isDateFormat(formats[xf.numFmtId ?? 0]));
  return { sheetName, sheetEntry, strings, dateStyles };
}

/**
 * The fast reader of XLSX workbooks: the sheet is inflated in chunks and its XML scanned as
 * bytes, straight into daily records; it never builds SheetJS's cell objects or a RawTable of
 * the sheet. It gives what importBytes gives for the workbook's one sheet, or says why the
 * general reader must read it.
 */
export function importXlsxFast(bytes: Uint8Array, options: FastXlsxOptions): FastImportOutcome {
  const steps = xlsxImportSteps(bytes, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Progress of a fast XLSX import: compressed bytes of the sheet read, and rows. */
export interface XlsxProgress {
  sheetBytesRead: number;
  sheetBytes: number;
  rowsRead: number;
}

/**
 * importXlsxFast as steps: it pauses after each megabyte of the compressed sheet with its
 * progress, so a worker can report it and stop when told.
 */
export function* xlsxImportSteps(
  bytes: Uint8Array,
  options: FastXlsxOptions,
): Generator<XlsxProgress, FastImportOutcome> {
  const { file } = options;
  const policy = options.duplicates ?? 'sum';
  const opened = openWorkbookParts(bytes, file);
  if (typeof opened === 'string') return notEligible(opened);
  const { sheetName, sheetEntry } = opened;

  const sampleRows: Cell[][] = [];
  const sampleNumbers: number[] = [];
  const table: RawTable = {
    file,
    sheet: sheetName,
    rows: sampleRows,
    rowNumbers: sampleNumbers,
    notes: [],
  };
  const source = new XlsxRowSource();
  let reader: ReturnType<typeof createReader> | null = null;
  let mapping: TableMapping | null = null;
  let key = '';
  let remembered = false;
  let checks: ReturnType<typeof checksFor> | null = null;
  let width = 0;
  let rows = 0;
  let widest = 0;
  let refusal: string | null = null;

  function decide(): boolean {
    width = columnCount(table);
    key = mappingKey(headerTexts(table, findHeaderRow(table)));
    const known =
      options.mappings && Object.hasOwn(options.mappings, key) ? options.mappings[key] : undefined;
    remembered = known !== undefined;
    mapping = known ?? guessMapping(table);
    const problem =
      mappingProblem(mapping, width, policy) ?? (known ? null : guessProblem(mapping));
    if (problem !== null) {
      refusal = problem;
      return false;
    }
    checks = known ? null : checksFor(mapping);
    reader = createReader(table, mapping, policy, checks);
    sampleRows.forEach((cells, index) => feed(sampleNumbers[index] ?? 0, cells, index));
    return true;
  }

  function feed(row: number, cells: Cell[], index: number): void {
    if (!reader || !mapping || index <= mapping.headerRow) return;
    source.row = row;
    source.cells = cells;
    reader.readRow(source);
  }

  const scanner = createSheetXmlScanner(
    { strings: opened.strings, dateStyles: opened.dateStyles, cellBudget: MAX_SHEET_CELLS },
    (row, cells) => {
      const index = rows++;
      if (cells.length > widest) widest = cells.length;
      if (reader === null) {
        sampleRows.push(cells);
        sampleNumbers.push(row);
        return sampleRows.length <= SAMPLE_ROWS || decide();
      }
      feed(row, cells, index);
      return true;
    },
  );
  let crc = 0;
  const stream = streamPart(bytes, sheetEntry, (chunk, last) => {
    crc = crc32Update(crc, chunk);
    return scanner.push(chunk, last);
  });
  let streamed: boolean;
  for (;;) {
    const step = stream.next();
    if (step.done) {
      streamed = step.value;
      break;
    }
    yield { sheetBytesRead: step.value, sheetBytes: sheetEntry.compressedSize, rowsRead: rows };
  }
  if (refusal !== null) return notEligible(refusal);
  if (scanner.problem) return notEligible(scanner.problem);
  if (!streamed || crc !== sheetEntry.crc) return notEligible('the sheet is damaged');
  if (reader === null && !decide()) return notEligible(refusal ?? 'no mapping');
  if (rows === 0) return notEligible('the sheet is empty');
  if (widest > width) return notEligible('a row further down is wider than the first rows');
  const current = mapping as TableMapping | null;
  const currentReader = reader as ReturnType<typeof createReader> | null;
  if (!current || !currentReader) return notEligible('no mapping');
  if (rows <= current.headerRow + 1) return notEligible('no rows below the header');
  const body = currentReader.finish();
  if (checks) {
    const changed = checkGuess(table, current, checks);
    if (changed !== null) return notEligible(changed);
  }
  const result = normalisedResult(table, current, body, policy);
  if ('eligible' in result) return result;
  return {
    eligible: true,
    table: {
      file,
      preview: table,
      rowCount: rows,
      mapping: current,
      mappingKey: key,
      remembered,
      result,
      issues: [],
      sheets: [{ name: sheetName, rowCount: rows, hidden: false, merges: [] }],
    },
  };
}
