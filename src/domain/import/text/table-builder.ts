import type { ImportIssue, ImportResult, RawTable } from '../types';
import { MAX_FIELDS_PER_ROW, type TokenProblem, type TokenSink } from './delimited-tokenizer';
import { blankLinesIssue, columnLabel, placeText, quotedName, type IssueCollector } from './issues';

export interface TableBuilder extends TokenSink {
  finish(): ImportResult<RawTable>;
}

const PROBLEM_TEXT: Record<TokenProblem, { message: string; hint: string }> = {
  'unescaped-quote': {
    message: 'a quote (") inside a field that does not start with a quote',
    hint: 'Put the whole field in quotes and double the quotes inside it: "5"" screen".',
  },
  'text-after-closing-quote': {
    message: 'text after the closing quote of a quoted field',
    hint: 'Quotes inside a quoted field must be doubled: "He said ""hi""".',
  },
  'unterminated-quote': {
    message: 'a quote opens here and is never closed, so the rest of the file would be one field',
    hint: 'Close the quote, or double it ("") if it is part of the value.',
  },
};

const PLURAL = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Receives the tokenizer's rows and turns them into a RawTable, checking the header and width. */
export function createTableBuilder(
  options: { file: string; expectedHeader?: readonly string[] },
  issues: IssueCollector,
): TableBuilder {
  const { file, expectedHeader } = options;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let header: string[] | null = null;
  let width = 0;
  let blankRun = 0;
  let blankInside = 0;
  let firstBlankLine = 0;

  const issue = (
    code: string,
    severity: ImportIssue['severity'],
    row: number,
    column: string | undefined,
    text: string,
    hint?: string,
  ): ImportIssue => ({
    code,
    severity,
    message: `${placeText(file, row, column)}: ${text}.`,
    file,
    row,
    ...(column === undefined ? {} : { column }),
    ...(hint === undefined ? {} : { hint }),
  });

  function checkHeader(names: readonly string[], line: number): void {
    const firstIndexOf = new Map<string, number>();
    names.forEach((name, index) => {
      const column = columnLabel(index, names);
      if (name === '') {
        const text = 'the header is empty; the column is kept without a name';
        issues.add(issue('empty-header', 'warning', line, column, text), 'columns');
        return;
      }
      const first = firstIndexOf.get(name);
      if (first === undefined) {
        firstIndexOf.set(name, index);
        return;
      }
      const text = `the header is the same as column ${first + 1}'s; both columns are kept`;
      issues.add(issue('duplicate-header', 'warning', line, column, text), 'columns');
    });
    if (expectedHeader === undefined) return;
    const length = Math.max(names.length, expectedHeader.length);
    for (let index = 0; index < length; index += 1) {
      const expected = expectedHeader[index];
      const found = names[index];
      if (expected === found) continue;
      const text =
        expected === undefined
          ? `the header has a column here that is not expected (expected ${expectedHeader.length} columns)`
          : `expected the header ${quotedName(expected)}, found ${found === undefined ? 'no column' : quotedName(found)}`;
      issues.add(issue('header-mismatch', 'error', line, columnLabel(index, names), text));
      return;
    }
  }

  function tooManyFields(count: number, line: number): void {
    const text = `this row has ${count.toLocaleString('en-US')} fields; a table has at most ${MAX_FIELDS_PER_ROW.toLocaleString('en-US')} columns`;
    const hint = 'Check that this is a delimited table and that the right delimiter was chosen.';
    issues.add(
      issue('too-many-columns', 'error', line, columnLabel(MAX_FIELDS_PER_ROW, header), text, hint),
    );
  }

  return {
    row(cells, fieldCount, line, blankLine) {
      if (header === null) {
        header = cells;
        width = fieldCount;
        if (fieldCount > MAX_FIELDS_PER_ROW) tooManyFields(fieldCount, line);
        else checkHeader(cells, line);
        rows.push(cells);
        rowNumbers.push(line);
        return;
      }
      // Blank lines in a one-column table are empty values; elsewhere they are just spacing.
      if (blankLine && width > 1) {
        if (blankRun === 0 && blankInside === 0) firstBlankLine = line;
        blankRun += 1;
        return;
      }
      blankInside += blankRun;
      blankRun = 0;
      if (fieldCount > MAX_FIELDS_PER_ROW) {
        tooManyFields(fieldCount, line);
      } else if (fieldCount !== width) {
        const column = columnLabel(Math.min(fieldCount, width), header);
        const text = `this row has ${PLURAL(fieldCount, 'field')} but the header has ${width}`;
        const hint =
          fieldCount < width
            ? 'A delimiter is missing, or a value with a line break is not in quotes.'
            : 'There is an extra delimiter, or a value with a delimiter in it is not in quotes.';
        issues.add(issue('ragged-row', 'error', line, column, text, hint));
      }
      if (issues.hasErrors()) return;
      rows.push(cells);
      rowNumbers.push(line);
    },

    problem(kind, line, fieldIndex) {
      const { message, hint } = PROBLEM_TEXT[kind];
      issues.add(issue(kind, 'error', line, columnLabel(fieldIndex, header), message, hint));
    },

    finish() {
      if (header === null && !issues.hasErrors()) {
        issues.add(
          issue('empty-file', 'error', 1, '1', 'the file is empty: there is no header and no data'),
        );
      }
      if (header !== null && rows.length === 1 && rowNumbers.length === 1 && !issues.hasErrors()) {
        const text = 'there is only a header row, no data';
        issues.add(issue('no-data-rows', 'warning', rowNumbers[0] ?? 1, undefined, text));
      }
      const blank = { inside: blankInside, trailing: blankRun, firstLine: firstBlankLine };
      const blankNote = blankLinesIssue(file, blank);
      if (blankNote !== null) issues.add(blankNote);
      const list = issues.list();
      const error = list.find((candidate) => candidate.severity === 'error');
      if (error !== undefined) {
        return { ok: false, error, issues: list.filter((candidate) => candidate !== error) };
      }
      return {
        ok: true,
        value: { file, sheet: null, rows, rowNumbers, notes: list },
        issues: [...list],
      };
    },
  };
}
