import type { ImportIssue } from './types';

/** From this many issues of one code (in one file and sheet), they are shown as one. */
export const SUMMARY_THRESHOLD = 10;

function weight(issue: ImportIssue): number {
  return 1 + (issue.moreLikeThis ?? 0);
}

/**
 * Collapses issues of one code in one file and sheet into the first of them when there are ten or
 * more (counting those already summarised): that issue keeps its row and column and says how many
 * more there are in `moreLikeThis`. Fewer than ten stay as they are, so each can be found. The
 * order of first occurrence is kept; running it twice changes nothing.
 */
export function summariseIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  const keyOf = (issue: ImportIssue): string =>
    `${issue.code}\u0000${issue.file}\u0000${issue.sheet ?? ''}`;
  const totals = new Map<string, number>();
  for (const issue of issues)
    totals.set(keyOf(issue), (totals.get(keyOf(issue)) ?? 0) + weight(issue));
  const emitted = new Set<string>();
  const summarised: ImportIssue[] = [];
  for (const issue of issues) {
    const key = keyOf(issue);
    const total = totals.get(key) ?? 0;
    if (total < SUMMARY_THRESHOLD) {
      summarised.push(issue);
    } else if (!emitted.has(key)) {
      emitted.add(key);
      summarised.push({ ...issue, moreLikeThis: total - 1 });
    }
  }
  return summarised;
}
