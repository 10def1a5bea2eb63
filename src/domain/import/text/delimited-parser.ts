import type { ImportIssue, ImportResult, RawTable } from '../types';
import { createTokenizer, type Tokenizer } from './delimited-tokenizer';
import { analyseDelimiter, DETECTION_SAMPLE_CHARS } from './detect-delimiter';
import { createIssueCollector, placeText, quotedName } from './issues';
import { createTableBuilder, type TableBuilder } from './table-builder';

export interface DelimitedParserOptions {
  /** The file name (or "pasted cells"), used in every message. */
  file: string;
  /** One character; detected among `,` `;` tab `|` when absent. */
  delimiter?: string;
  /** When given, a header that differs is rejected. */
  expectedHeader?: readonly string[];
}

export interface DelimitedParser {
  push(chunk: string): void;
  end(): ImportResult<RawTable>;
}

const DELIMITER_NAMES = new Map([
  [',', 'comma'],
  [';', 'semicolon'],
  ['\t', 'tab'],
  ['|', 'vertical bar'],
]);

function delimiterName(delimiter: string): string {
  return DELIMITER_NAMES.get(delimiter) ?? quotedName(delimiter);
}

function delimiterProblem(delimiter: string): string | null {
  if (delimiter.length !== 1) return 'a delimiter is exactly one character';
  if (delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    return 'quotes and line breaks cannot be delimiters';
  }
  return null;
}

function note(
  file: string,
  code: string,
  severity: ImportIssue['severity'],
  text: string,
): ImportIssue {
  return { code, severity, message: `${placeText(file)}: ${text}.`, file };
}

/**
 * As createDelimitedParser, with the size of the text held back to detect the delimiter as a
 * parameter, so tests can put the end of that sample anywhere.
 */
export function createDelimitedParserWithSample(
  options: DelimitedParserOptions,
  sampleChars: number,
): DelimitedParser {
  const { file } = options;
  const issues = createIssueCollector();
  const builder: TableBuilder = createTableBuilder(options, issues);
  let tokenizer: Tokenizer | null = null;
  let held = '';
  let rejected: ImportResult<RawTable> | null = null;
  let ended = false;

  if (options.delimiter !== undefined) {
    const problem = delimiterProblem(options.delimiter);
    if (problem === null) {
      const text = `delimiter: ${delimiterName(options.delimiter)}, as chosen`;
      issues.add(note(file, 'delimiter', 'info', text));
      tokenizer = createTokenizer(options.delimiter.charCodeAt(0), builder);
    } else {
      const error: ImportIssue = {
        code: 'bad-delimiter',
        severity: 'error',
        message: `${placeText(file)}: ${quotedName(options.delimiter)} cannot be used: ${problem}.`,
        file,
        hint: 'Choose comma, semicolon, tab or vertical bar.',
      };
      rejected = { ok: false, error, issues: [] };
    }
  }

  function startDetected(text: string): Tokenizer {
    const { delimiter, confident, found } = analyseDelimiter(text, sampleChars);
    const name = delimiterName(delimiter);
    if (!found) {
      issues.add(note(file, 'delimiter', 'info', 'no delimiter found: read as a single column'));
    } else if (confident) {
      issues.add(note(file, 'delimiter', 'info', `delimiter detected: ${name}`));
    } else {
      const text = `delimiter guessed: ${name}; the lines do not agree, so check the columns`;
      issues.add(note(file, 'delimiter', 'warning', text));
    }
    return createTokenizer(delimiter.charCodeAt(0), builder);
  }

  return {
    push(chunk) {
      if (ended) throw new Error('DelimitedParser.push called after end');
      if (rejected !== null) return;
      if (tokenizer !== null) {
        tokenizer.write(chunk);
        return;
      }
      held += chunk;
      // Detection reads the first sampleChars characters and whether there are more: once more
      // are held, it decides exactly as it would on the whole text.
      if (held.length > sampleChars) {
        tokenizer = startDetected(held);
        tokenizer.write(held);
        held = '';
      }
    },
    end() {
      if (ended) throw new Error('DelimitedParser.end called twice');
      ended = true;
      if (rejected !== null) return rejected;
      if (tokenizer === null) {
        tokenizer = startDetected(held);
        tokenizer.write(held);
        held = '';
      }
      tokenizer.finish();
      return builder.finish();
    },
  };
}

/**
 * A streaming reader of delimited text: chunks split anywhere give exactly the result of
 * parsing the whole text. Rows keep their cells as written (spaces included, '' for empty).
 */
export function createDelimitedParser(options: DelimitedParserOptions): DelimitedParser {
  return createDelimitedParserWithSample(options, DETECTION_SAMPLE_CHARS);
}

/** Reads RFC 4180 delimited text whose first row is the header. */
export function parseDelimited(
  text: string,
  options: DelimitedParserOptions,
): ImportResult<RawTable> {
  const parser = createDelimitedParser(options);
  parser.push(text);
  return parser.end();
}
