import { guessMapping, mappingKey, findHeaderRow } from '../normalise/guess-mapping';
import { columnCount, headerTexts } from '../normalise/table-columns';
import type { DuplicatePolicy, TableMapping } from '../normalise/types';
import type { Cell, RawTable } from '../types';
import { MAX_SHEET_CELLS } from '../workbook/read-sheet';
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
import { createSheetXmlScanner } from './sheet-xml-scanner';
import type { XlsxRow } from './xlsx-row';
import { XlsxRowSource } from './xlsx-row-source';
import { mapYields, openWorkbookParts } from './xlsx-workbook-parts';
import { streamCheckedPart } from './zip-entries';

const SAMPLE_ROWS = 1000;

export interface FastXlsxOptions {
  file: string;
  mappings?: Record<string, TableMapping>;
  duplicates?: DuplicatePolicy;
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

/** Progress of a fast XLSX import: compressed bytes of the workbook's parts read, and rows. */
export interface XlsxProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
}

/**
 * importXlsxFast as steps: it pauses after each 128 KiB of inflated XML (of the shared
 * strings, of the sheet, of any big part) with its progress, so a worker can report it and stop
 * when told.
 */
export function* xlsxImportSteps(
  bytes: Uint8Array,
  options: FastXlsxOptions,
): Generator<XlsxProgress, FastImportOutcome> {
  const { file } = options;
  const policy = options.duplicates ?? 'sum';
  // Compressed bytes read, told as a share of the file's: the zip's headers are all that is not.
  const totalBytes = bytes.length;
  const opened = yield* mapYields(openWorkbookParts(bytes, file), (bytesRead) => ({
    bytesRead,
    totalBytes,
    rowsRead: 0,
  }));
  if (typeof opened === 'string') return notEligible(opened);
  const { bytesBeforeSheet } = opened;
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
  const source = new XlsxRowSource(opened.strings);
  let reader: ReturnType<typeof createReader> | null = null;
  let mapping: TableMapping | null = null;
  let key = '';
  let remembered = false;
  let checks: ReturnType<typeof checksFor> | null = null;
  let width = 0;
  let rows = 0;
  let widest = 0;
  let emptyRowsPastSample = 0;
  // The sample's rows as read, to be read once the mapping is guessed; and the rows read after
  // the sample filled up, before it is (a step of its own).
  const sampleKept: XlsxRow[] = [];
  const laterRows: XlsxRow[] = [];

  /** The mapping (remembered or guessed from the sample) and its reader; else why it is refused. */
  function decide(): string | null {
    width = columnCount(table);
    key = mappingKey(headerTexts(table, findHeaderRow(table)));
    const known =
      options.mappings && Object.hasOwn(options.mappings, key) ? options.mappings[key] : undefined;
    remembered = known !== undefined;
    mapping = known ?? guessMapping(table);
    const problem =
      mappingProblem(mapping, width, policy) ?? (known ? null : guessProblem(mapping));
    if (problem !== null) return problem;
    checks = known ? null : checksFor(mapping);
    reader = createReader(table, mapping, policy, checks);
    return null;
  }

  /** The rows read before the mapping was guessed, read now. */
  function feedWaiting(): void {
    sampleKept.forEach((row, index) => feed(row, index));
    laterRows.forEach((row, k) => feed(row, sampleRows.length + k));
    sampleKept.length = 0;
    laterRows.length = 0;
  }

  function feed(row: XlsxRow, index: number): void {
    if (!reader || !mapping || index <= mapping.headerRow) return;
    source.current = row;
    if (index >= sampleRows.length && source.isEmpty()) emptyRowsPastSample++;
    reader.readRow(source);
  }

  const scanner = createSheetXmlScanner(
    { strings: opened.strings, dateStyles: opened.dateStyles, cellBudget: MAX_SHEET_CELLS },
    (row) => {
      const index = rows++;
      if (row.width > widest) widest = row.width;
      if (reader !== null) feed(row, index);
      else if (sampleRows.length <= SAMPLE_ROWS) {
        sampleRows.push(row.cells());
        sampleNumbers.push(row.number);
        sampleKept.push(row.copy());
      } else laterRows.push(row.copy());
      return true;
    },
  );
  const stream = streamCheckedPart(bytes, sheetEntry, (chunk, last) => scanner.push(chunk, last));
  let streamed: boolean;
  for (;;) {
    const step = stream.next();
    if (step.done) {
      streamed = step.value;
      break;
    }
    const progress = { bytesRead: bytesBeforeSheet + step.value, totalBytes, rowsRead: rows };
    yield progress;
    // The mapping is guessed, then the rows read meanwhile are read: steps of their own.
    if (reader === null && sampleRows.length > SAMPLE_ROWS) {
      const refusal = decide();
      if (refusal !== null) return notEligible(refusal);
      yield progress;
      feedWaiting();
      yield progress;
    }
  }
  if (scanner.problem) return notEligible(scanner.problem);
  if (!streamed) return notEligible('the sheet is damaged');
  if (reader === null) {
    const refusal = decide();
    if (refusal !== null) return notEligible(refusal);
    feedWaiting();
  }
  if (rows === 0) return notEligible('the sheet is empty');
  if (widest > width) return notEligible('a row further down is wider than the first rows');
  const current = mapping as TableMapping | null;
  const currentReader = reader as ReturnType<typeof createReader> | null;
  if (!current || !currentReader) return notEligible('no mapping');
  if (rows <= current.headerRow + 1) return notEligible('no rows below the header');
  // Every byte is read: said before the reader sums up the rows, a step of its own.
  yield { bytesRead: totalBytes, totalBytes, rowsRead: rows };
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
      emptyRowsPastPreview: emptyRowsPastSample,
      mapping: current,
      mappingKey: key,
      remembered,
      result,
      issues: [],
      sheets: [{ name: sheetName, rowCount: rows, hidden: false, merges: [] }],
    },
  };
}
