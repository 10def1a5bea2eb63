import { SUMMARY_THRESHOLD } from '../normalise/summarise-issues';
import type { ImportIssue } from '../types';

interface Kind {
  count: number;
  kept: { order: number; issue: ImportIssue }[];
}

/**
 * Issues of one table, kept as summariseIssues will show them: a kind (code) of ten or more is
 * shown as its first issue with a count, so only the first nine of each kind are ever built.
 * Callers ask `wants(code)` before building an issue and `count(code)` when they do not.
 */
export class IssueTally {
  private readonly kinds = new Map<string, Kind>();
  private order = 0;

  wants(code: string): boolean {
    const kind = this.kinds.get(code);
    return kind === undefined || kind.kept.length < SUMMARY_THRESHOLD - 1;
  }

  add(issue: ImportIssue): void {
    const kind = this.kind(issue.code);
    kind.count += 1 + (issue.moreLikeThis ?? 0);
    if (kind.kept.length < SUMMARY_THRESHOLD - 1) kind.kept.push({ order: this.order, issue });
    this.order++;
  }

  /** One more issue of `code` that is not built because enough are kept. */
  count(code: string): void {
    this.kind(code).count++;
    this.order++;
  }

  /** What summariseIssues gives for all the issues added, in order. */
  summarised(): ImportIssue[] {
    const shown: { order: number; issue: ImportIssue }[] = [];
    for (const kind of this.kinds.values()) {
      const [first] = kind.kept;
      if (first === undefined) continue;
      if (kind.count < SUMMARY_THRESHOLD) shown.push(...kind.kept);
      else
        shown.push({ order: first.order, issue: { ...first.issue, moreLikeThis: kind.count - 1 } });
    }
    return shown.sort((a, b) => a.order - b.order).map((entry) => entry.issue);
  }

  private kind(code: string): Kind {
    let kind = this.kinds.get(code);
    if (kind === undefined) {
      kind = { count: 0, kept: [] };
      this.kinds.set(code, kind);
    }
    return kind;
  }
}
