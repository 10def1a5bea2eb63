import { MAX_FIELDS_PER_ROW } from '../text/delimited-tokenizer';
import { createCsvTextScanner } from './csv-text-scanner';
import { CsvTextSource } from './csv-text-source';
import type { TextHead } from './text-head';

/** Data rows of the head kept as text, to guess the mapping and show a preview. */
const SAMPLE_ROWS = 1000;

export interface TextSample {
  rows: string[][];
  rowNumbers: number[];
  /** The sample holds the whole file. */
  complete: boolean;
}

/**
 * The rows of the head as text: header first, blank lines left out as the table builder does.
 * Read from the head's decoded text by the scanner that reads the rest of the file, so the
 * sample and the rows after it are cut by the same rules.
 */
export function sampleTable(head: TextHead, file: string, atEnd: boolean): TextSample | string {
  const scanner = createCsvTextScanner(head.delimiter.charCodeAt(0), MAX_FIELDS_PER_ROW);
  const source = new CsvTextSource(scanner);
  source.chunk = head.text;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let width = 0;
  let problem: string | null = null;
  const consumed = scanner.scan(head.text, 0, atEnd, (count, line, blank) => {
    if (rows.length > 0 && blank && width > 1) return true;
    if (rows.length === 0) width = count;
    else if (count !== width) {
      problem = `line ${line} has ${count} fields, the header ${width}`;
      return false;
    }
    source.count = count;
    const cells: string[] = [];
    for (let f = 0; f < count; f++) cells.push(source.text(f));
    rows.push(cells);
    rowNumbers.push(line);
    return rows.length <= SAMPLE_ROWS;
  });
  if (problem !== null) return problem;
  if (scanner.problem !== null) return `${scanner.problem} in ${file}`;
  return { rows, rowNumbers, complete: atEnd && consumed >= 0 };
}
