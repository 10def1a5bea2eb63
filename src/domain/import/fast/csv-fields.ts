/** Field flags, per field of the row the text scanner just read. */
export const QUOTED = 1;
/** The quoted field holds "" escapes: its characters are not its text. */
export const ESCAPED = 2;

/** Why the scanner gave up: shapes the general reader reports (and words) better. */
export type ScanProblem =
  | 'unescaped-quote'
  | 'text-after-closing-quote'
  | 'unterminated-quote'
  | 'too-many-fields'
  | 'nul-byte';

/**
 * Receives each row. `count` fields sit in the scanner's starts/ends/flags; `line` is the
 * 1-based line the row starts on (line breaks inside quotes count, as in the general reader);
 * `blank` says the line had no characters at all. Returning false stops the scan.
 */
export type RowCallback = (count: number, line: number, blank: boolean) => boolean;
