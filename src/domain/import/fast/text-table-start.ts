import { guessMapping, mappingKey, findHeaderRow } from '../normalise/guess-mapping';
import { headerTexts } from '../normalise/table-columns';
import type { DuplicatePolicy, TableMapping } from '../normalise/types';
import { createIssueCollector, type IssueCollector } from '../text/issues';
import { createTableBuilder } from '../text/table-builder';
import type { RawTable } from '../types';
import { createCsvTextScanner, type CsvTextScanner } from './csv-text-scanner';
import { CsvTextSource } from './csv-text-source';
import type { TableReader } from './daily-reader';
import { checksFor, createReader, guessProblem, mappingProblem } from './fast-table';
import type { FastImportOptions } from './fast-types';
import type { ColumnChecks } from './row-source';
import { readTextHead, type TextHead } from './text-head';
import { sampleTable } from './text-sample';

/** Rows findHeaderRow looks at. */
const HEADER_SEARCH_ROWS = 10;

/** A text table whose mapping is known, ready for its rows. */
export interface TextTableStart {
  head: TextHead;
  scanner: CsvTextScanner;
  source: CsvTextSource;
  reader: TableReader;
  mapping: TableMapping;
  key: string;
  remembered: boolean;
  checks: ColumnChecks | null;
  sample: RawTable;
  notes: IssueCollector;
  width: number;
}

/**
 * Reads the head of a text file (its first bytes, or all of them when `atEnd`) as the general
 * reader would: encoding, delimiter, the first rows, the header's notes, the mapping (remembered
 * or guessed). Returns why the fast reader cannot take the file, or where it starts reading.
 */
export function startTextTable(
  head: Uint8Array,
  options: FastImportOptions,
  policy: DuplicatePolicy,
  atEnd: boolean,
): TextTableStart | string {
  const { file } = options;
  const text = readTextHead(head, file, atEnd);
  if (typeof text === 'string') return text;
  const sample = sampleTable(text, file, atEnd);
  if (typeof sample === 'string') return sample;
  const width = sample.rows[0]?.length ?? 0;
  if (width < 2) return 'fewer than two columns';
  if (sample.rows.length < HEADER_SEARCH_ROWS + 1 && !sample.complete) {
    return 'the first rows are too long to guess the mapping from';
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
  if (problem !== null) return problem;
  const checks = remembered ? null : checksFor(mapping);
  const scanner = createCsvTextScanner(text.delimiter.charCodeAt(0), width);
  return {
    head: text,
    scanner,
    source: new CsvTextSource(scanner),
    reader: createReader(table, mapping, policy, checks, options.rowKernel),
    mapping,
    key,
    remembered: remembered !== undefined,
    checks,
    sample: table,
    notes,
    width,
  };
}
