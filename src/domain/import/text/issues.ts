import { SUMMARY_THRESHOLD } from '../summarise-issues';
import type { ImportIssue } from '../types';

const MAX_NAME_CHARS = 40;

/** Text quoted in messages: JSON-escaped so control characters stay visible, and kept short. */
export function quotedName(name: string): string {
  const short = name.length > MAX_NAME_CHARS ? `${name.slice(0, MAX_NAME_CHARS)}…` : name;
  return JSON.stringify(short);
}

/**
 * The place of a column as people read it: its 1-based position, and its header name when it
 * has one (`3 ("baz")`). Positions stay because headers may be empty or repeated.
 */
export function columnLabel(index: number, header: readonly string[] | null): string {
  const name = header?.[index];
  return name === undefined || name === '' ? `${index + 1}` : `${index + 1} (${quotedName(name)})`;
}

/** "file.csv, line 2, column 3 ("baz")": the prefix of every message about a place. */
export function placeText(file: string, row?: number, column?: string): string {
  const parts = [file];
  if (row !== undefined) parts.push(`line ${row}`);
  if (column !== undefined) parts.push(`column ${column}`);
  return parts.join(', ');
}

/**
 * The note on blank lines a text table skipped: a warning when some stood between rows (the
 * first one named), only information when they all trailed the last row. Null when none did.
 */
export function blankLinesIssue(
  file: string,
  blank: { inside: number; trailing: number; firstLine: number },
): ImportIssue | null {
  const blankLines = blank.inside + blank.trailing;
  if (blankLines === 0) return null;
  const count = `${blankLines} blank line${blankLines === 1 ? '' : 's'}`;
  const text =
    blank.inside > 0 ? `${count} skipped, the first one here` : `${count} at the end skipped`;
  return {
    code: 'blank-lines',
    severity: blank.inside > 0 ? 'warning' : 'info',
    message: `${placeText(file, blank.firstLine)}: ${text}.`,
    file,
    row: blank.firstLine,
  };
}

interface IssueKind {
  first: ImportIssue;
  kept: ImportIssue[];
  count: number;
  unit: string;
}

/**
 * Collects issues while reading, keeping memory bounded: a file where each of two million rows
 * is wrong must not hold two million issues. Kinds are keyed by code, in first-seen order.
 */
export interface IssueCollector {
  add(issue: ImportIssue, unit?: string): void;
  hasErrors(): boolean;
  count(code: string): number;
  /** The issues, with kinds of SUMMARY_THRESHOLD or more folded into their first one. */
  list(): ImportIssue[];
}

export function createIssueCollector(): IssueCollector {
  const kinds = new Map<string, IssueKind>();
  let errors = 0;
  return {
    add(issue, unit = 'rows') {
      if (issue.severity === 'error') errors += 1;
      const kind = kinds.get(issue.code);
      if (kind === undefined) {
        kinds.set(issue.code, { first: issue, kept: [issue], count: 1, unit });
        return;
      }
      kind.count += 1;
      if (kind.kept.length < SUMMARY_THRESHOLD - 1) kind.kept.push(issue);
    },
    hasErrors: () => errors > 0,
    count: (code) => kinds.get(code)?.count ?? 0,
    list() {
      const out: ImportIssue[] = [];
      for (const kind of kinds.values()) {
        if (kind.count < SUMMARY_THRESHOLD) {
          out.push(...kind.kept);
          continue;
        }
        const more = kind.count - 1;
        out.push({
          ...kind.first,
          message: `${kind.first.message} (${more.toLocaleString('en-US')} more ${kind.unit} like this)`,
          moreLikeThis: more,
        });
      }
      return out;
    },
  };
}
