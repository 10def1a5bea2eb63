import { guessMapping, mappingKey, findHeaderRow } from '../normalise/guess-mapping';
import { headerTexts } from '../normalise/table-columns';
import type { TableMapping } from '../normalise/types';
import { createIssueCollector, placeText, type IssueCollector } from '../text/issues';
import { createTableBuilder } from '../text/table-builder';
import type { RawTable } from '../types';
import { createCsvRowScanner, type CsvRowScanner } from './csv-row-scanner';
import type { FastImportOptions, FastImportOutcome } from './fast-types';

export type { FastImportOptions, FastImportOutcome, FastImportedTable } from './fast-types';
import { sampleTable } from './text-sample';
import { CsvRowSource } from './csv-row-source';
import type { TableReader } from './daily-reader';
import {
  checkGuess,
  checksFor,
  createReader,
  guessProblem,
  mappingProblem,
  normalisedResult,
  notEligible,
  type NotEligible,
} from './fast-table';
import type { ColumnChecks } from './row-source';
import { HEAD_BYTES, readTextHead, type TextHead } from './text-head';

/** Bytes of a chunk joined to the row the previous chunk cut: rows are far shorter. */
const JOIN_WINDOW = 1 << 16;
/** Rows findHeaderRow looks at. */
const HEADER_SEARCH_ROWS = 10;

export interface FastTextImport {
  /** Reads the next bytes. False once the file is known not to be for the fast reader. */
  push(chunk: Uint8Array): boolean;
  /** After the last chunk: the table, or why the general reader must read the file. */
  end(): FastImportOutcome;
  readonly bytesRead: number;
  /** Rows read so far, blank lines not counted. */
  readonly rowsRead: number;
}

interface Body {
  head: TextHead;
  scanner: CsvRowScanner;
  source: CsvRowSource;
  reader: TableReader;
  mapping: TableMapping;
  key: string;
  remembered: boolean;
  checks: ColumnChecks | null;
  sample: RawTable;
  notes: IssueCollector;
  width: number;
}

function concat(left: Uint8Array, right: Uint8Array): Uint8Array {
  if (left.length === 0) return right;
  const joined = new Uint8Array(left.length + right.length);
  joined.set(left);
  joined.set(right, left.length);
  return joined;
}

/**
 * The fast reader of delimited text: fed the file in chunks (of any size, split anywhere), it
 * reads each row's bytes once, in place, and adds them straight into daily records; it never
 * holds the file, a string per cell or an object per row. It gives exactly what importBytes
 * gives (records, duplicates, issues with their rows and columns, notes) or says why the file
 * is for the general reader: another encoding, a broken row, a mapping it does not handle, or
 * formats that only the whole file shows to differ from its first rows.
 */
export function createFastTextImport(options: FastImportOptions): FastTextImport {
  const { file } = options;
  const policy = options.duplicates ?? 'sum';
  let head: Uint8Array = new Uint8Array(0);
  let headChunks: Uint8Array[] = [];
  let headLength = 0;
  let body: Body | null = null;
  let refused: NotEligible | null = null;
  let leftover: Uint8Array = new Uint8Array(0);
  let bytesRead = 0;
  let rows = 0;
  let blankRun = 0;
  let blankInside = 0;
  let firstBlankLine = 0;
  let ended = false;

  function refuse(reason: string): false {
    refused = notEligible(reason);
    body = null;
    headChunks = [];
    leftover = new Uint8Array(0);
    return false;
  }

  function start(atEnd: boolean): boolean {
    head = headChunks.length === 1 ? (headChunks[0] ?? head) : concatAll(headChunks, headLength);
    headChunks = [];
    const text = readTextHead(head, file, atEnd);
    if (typeof text === 'string') return refuse(text);
    const sample = sampleTable(head, text, file, atEnd);
    if (typeof sample === 'string') return refuse(sample);
    const width = sample.rows[0]?.length ?? 0;
    if (width < 2) return refuse('fewer than two columns');
    if (sample.rows.length < HEADER_SEARCH_ROWS + 1 && !sample.complete) {
      return refuse('the first rows are too long to guess the mapping from');
    }
    const notes = createIssueCollector();
    notes.add(text.delimiterNote);
    // The header's own warnings (empty or repeated names), exactly as the table builder words them.
    createTableBuilder({ file }, notes).row(
      sample.rows[0] ?? [],
      width,
      sample.rowNumbers[0] ?? 1,
      false,
    );
    const table: RawTable = {
      file,
      sheet: null,
      rows: sample.rows,
      rowNumbers: sample.rowNumbers,
      notes: [],
    };
    const key = mappingKey(headerTexts(table, findHeaderRow(table)));
    const remembered =
      options.mappings && Object.hasOwn(options.mappings, key) ? options.mappings[key] : undefined;
    const mapping = remembered ?? guessMapping(table);
    const problem =
      mappingProblem(mapping, width, policy) ?? (remembered ? null : guessProblem(mapping));
    if (problem !== null) return refuse(problem);
    const checks = remembered ? null : checksFor(mapping);
    const scanner = createCsvRowScanner(text.delimiter.charCodeAt(0), width);
    const source = new CsvRowSource(scanner);
    body = {
      head: text,
      scanner,
      source,
      reader: createReader(table, mapping, policy, checks),
      mapping,
      key,
      remembered: remembered !== undefined,
      checks,
      sample: table,
      notes,
      width,
    };
    leftover = head.subarray(text.textStart);
    head = new Uint8Array(0);
    return true;
  }

  function concatAll(chunks: Uint8Array[], length: number): Uint8Array {
    const joined = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      joined.set(chunk, at);
      at += chunk.length;
    }
    return joined;
  }

  function scan(bytes: Uint8Array, atEnd: boolean): boolean {
    const current = body;
    if (current === null) return false;
    const { scanner, source, reader, width, mapping } = current;
    source.bytes = bytes;
    let problem: string | null = null;
    const consumed = scanner.scan(bytes, 0, bytes.length, atEnd, (count, line, blank) => {
      if (blank && width > 1 && rows > 0) {
        if (blankRun === 0 && blankInside === 0) firstBlankLine = line;
        blankRun++;
        return true;
      }
      blankInside += blankRun;
      blankRun = 0;
      if (count !== width) {
        problem = `line ${line} has ${count} fields, the header ${width}`;
        return false;
      }
      rows++;
      if (rows <= mapping.headerRow + 1) return true;
      source.count = count;
      source.row = line;
      reader.readRow(source);
      return true;
    });
    if (problem !== null) return refuse(problem);
    if (consumed < 0) return refuse(`${scanner.problem ?? 'a problem'} at line ${scanner.line}`);
    leftover = consumed === bytes.length ? new Uint8Array(0) : bytes.slice(consumed);
    return true;
  }

  /**
   * Reads a chunk where it is: only the row cut by the previous chunk is joined (with the start
   * of this one), so a file's bytes are not copied once more on their way through.
   */
  function scanChunk(chunk: Uint8Array): boolean {
    if (leftover.length === 0) return scan(chunk, false);
    const before = leftover.length;
    const window = chunk.subarray(0, JOIN_WINDOW);
    const joined = concat(leftover, window);
    if (!scan(joined, false)) return false;
    const consumedInChunk = joined.length - leftover.length - before;
    // A row longer than the window: the chunk is joined whole, as before.
    if (consumedInChunk <= 0) return scan(concat(leftover, chunk.subarray(window.length)), false);
    leftover = new Uint8Array(0);
    return scan(chunk.subarray(consumedInChunk), false);
  }

  function finish(): FastImportOutcome {
    const current = body;
    if (current === null) return refused ?? notEligible('nothing was read');
    if (rows <= current.mapping.headerRow + 1) return notEligible('no rows below the header');
    const { reader, mapping, checks, sample, notes } = current;
    const readerBody = reader.finish();
    if (checks) {
      const changed = checkGuess(sample, mapping, checks);
      if (changed !== null) return notEligible(changed);
    }
    const blankLines = blankInside + blankRun;
    if (blankLines > 0) {
      const count = `${blankLines} blank line${blankLines === 1 ? '' : 's'}`;
      const text =
        blankInside > 0 ? `${count} skipped, the first one here` : `${count} at the end skipped`;
      notes.add({
        code: 'blank-lines',
        severity: blankInside > 0 ? 'warning' : 'info',
        message: `${placeText(file, firstBlankLine)}: ${text}.`,
        file,
        row: firstBlankLine,
      });
    }
    const fileNotes = [current.head.encodingNote, ...notes.list()];
    const preview: RawTable = { ...sample, notes: fileNotes };
    const result = normalisedResult(preview, mapping, readerBody, policy);
    if ('eligible' in result) return result;
    return {
      eligible: true,
      table: {
        file,
        preview,
        rowCount: rows,
        mapping,
        mappingKey: current.key,
        remembered: current.remembered,
        result,
        issues: [...fileNotes],
      },
    };
  }

  return {
    push(chunk) {
      if (ended) throw new Error('FastTextImport.push called after end');
      if (refused !== null) return false;
      bytesRead += chunk.length;
      if (body === null) {
        // Copied: a caller may reuse its buffer, and the head is read again once the mapping is known.
        headChunks.push(chunk.slice());
        headLength += chunk.length;
        if (headLength < HEAD_BYTES) return true;
        if (!start(false)) return false;
        return scan(leftover, false);
      }
      return scanChunk(chunk);
    },
    end() {
      if (ended) throw new Error('FastTextImport.end called twice');
      ended = true;
      if (refused !== null) return refused;
      if (body === null && !start(true)) return refused ?? notEligible('nothing was read');
      if (!scan(leftover, true)) return refused ?? notEligible('the last row could not be read');
      return finish();
    },
    get bytesRead() {
      return bytesRead;
    },
    get rowsRead() {
      return rows;
    },
  };
}

/** Reads bytes already in memory with the fast reader, in chunks as a stream would give them. */
export function importTextFast(
  bytes: Uint8Array,
  options: FastImportOptions,
  chunkBytes = 1 << 20,
): FastImportOutcome {
  const reader = createFastTextImport(options);
  for (let at = 0; at < bytes.length; at += chunkBytes) {
    if (!reader.push(bytes.subarray(at, at + chunkBytes))) break;
  }
  return reader.end();
}
