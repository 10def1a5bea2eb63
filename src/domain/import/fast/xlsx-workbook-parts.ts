import { read, type WorkBook } from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';
import { isDateFormat } from '../workbook/date-serial';
import { SHEETJS_READ_OPTIONS } from '../workbook/open-workbook';
import { findUnsafeXmlDeclaration } from '../workbook/xml-safety';
import { checkDeclaredSizes, readZipDirectory } from '../workbook/zip-inspection';
import { SharedStringsReader } from './shared-strings';
import { collectPart, streamCheckedPart, zipEntries, type ZipEntry } from './zip-entries';

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const EMPTY_SHEET = strToU8(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
);
const EMPTY_STRINGS = strToU8(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
);

/** The workbook as the fast reader needs it: its one sheet's part, strings and date styles. */
export interface WorkbookParts {
  sheetName: string;
  sheetEntry: ZipEntry;
  strings: string[];
  dateStyles: boolean[];
  /** Compressed bytes of every part but the sheet, read before the sheet. */
  bytesBeforeSheet: number;
}

/**
 * findUnsafeXmlDeclaration, by the rare `!` rather than every `<`: the same answer for UTF-8
 * parts (the others go to it as they are).
 */
function hasUnsafeDeclaration(content: Uint8Array): boolean {
  if (content[0] === 0xff || content[0] === 0xfe) return findUnsafeXmlDeclaration(content) !== null;
  return hasUnsafeUtf8Declaration(content);
}

/** hasUnsafeDeclaration for bytes read as UTF-8 whatever they start with (a piece of a part). */
function hasUnsafeUtf8Declaration(content: Uint8Array): boolean {
  for (let at = content.indexOf(0x21); at > 0; at = content.indexOf(0x21, at + 1)) {
    if (content[at - 1] === 0x3c && findUnsafeXmlDeclaration(content.subarray(at - 1, at + 8))) {
      return true;
    }
  }
  return false;
}

/**
 * The shared strings read as they are inflated, in steps. The DOCTYPE check runs on the pieces
 * the reader cuts after each `</si>`, where no declaration can straddle.
 */
function* readStringsPart(
  bytes: Uint8Array,
  entry: ZipEntry,
): Generator<number, string[] | string> {
  const reader = new SharedStringsReader();
  let unsafe = false;
  let utf16 = false;
  let first = true;
  const streamed = yield* streamCheckedPart(bytes, entry, (chunk, last) => {
    if (first && chunk.length > 0) {
      first = false;
      utf16 = chunk[0] === 0xff || chunk[0] === 0xfe;
      if (utf16) return false;
    }
    return reader.push(chunk, last, (piece) => {
      unsafe = hasUnsafeUtf8Declaration(piece);
      return !unsafe;
    });
  });
  if (utf16) return 'UTF-16 shared strings';
  if (unsafe) return 'a part declares a DOCTYPE or ENTITY';
  if (reader.problem !== null) return reader.problem;
  if (!streamed) return `part ${entry.name} is damaged`;
  return reader.strings;
}

/**
 * Opens the workbook as openWorkbook would, except the big parts: the same safety checks
 * (declared sizes, checksums, no DOCTYPE or ENTITY anywhere), SheetJS for the workbook, styles
 * and number formats with the sheet and strings left out, and the shared strings read here. One
 * visible sheet in the 1900 date system only; anything else is the general reader's (the reason
 * returned as a string). A generator: every part is inflated in steps, with a pause (and the
 * compressed bytes of the parts read so far) between them.
 */
export function* openWorkbookParts(
  bytes: Uint8Array,
  file: string,
): Generator<number, WorkbookParts | string> {
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
  let strings: string[] = [];
  let done = 0;
  for (const entry of entries) {
    if (entry === sheetEntry) continue;
    const from = done;
    const progress = (read: number) => from + read;
    if (entry.name === SHARED_STRINGS) {
      const read = yield* mapYields(readStringsPart(bytes, entry), progress);
      if (typeof read === 'string') return read;
      strings = read;
      small[entry.name] = EMPTY_STRINGS;
    } else {
      const content = yield* mapYields(collectPart(bytes, entry), progress);
      if (content === null) return `part ${entry.name} is damaged`;
      if (hasUnsafeDeclaration(content)) return 'a part declares a DOCTYPE or ENTITY';
      small[entry.name] = content;
    }
    done += entry.compressedSize;
    yield done;
  }
  small[sheetEntry.name] = EMPTY_SHEET;
  let workbook: WorkBook;
  try {
    workbook = read(zipSync(small, { level: 0 }), SHEETJS_READ_OPTIONS);
  } catch (error) {
    if (error instanceof Error) return 'SheetJS cannot read the workbook';
    throw error;
  }
  // SheetJS's read is a step of its own: the sheet's first step guesses the mapping.
  yield done;
  if (workbook.SheetNames.length !== 1) return 'more than one sheet';
  const sheetName = workbook.SheetNames[0] ?? '';
  if (workbook.Workbook?.WBProps?.date1904) return 'the 1904 date system';
  if ((workbook.Workbook?.Sheets?.[0]?.Hidden ?? 0) !== 0) return 'a hidden sheet';
  // cellFromSheetJs reads a number as a date when its style's number format shows a date.
  // SheetJS keeps its number format table and parsed styles on the workbook, untyped.
  const parsed = workbook as WorkBook & {
    SSF?: Record<number, string>;
    Styles?: { CellXf?: { numFmtId?: number }[] };
  };
  const formats = parsed.SSF ?? {};
  const styles = parsed.Styles?.CellXf ?? [];
  const dateStyles = styles.map((xf) => isDateFormat(formats[xf.numFmtId ?? 0]));
  return { sheetName, sheetEntry, strings, dateStyles, bytesBeforeSheet: done };
}

/** A generator's pauses told another way (a part's bytes as the workbook's). */
export function* mapYields<T, U, R>(steps: Generator<T, R>, map: (value: T) => U): Generator<U, R> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield map(step.value);
  }
}
