import fc from 'fast-check';
import type { ImportIssue } from './types';
import { summariseIssues, SUMMARY_THRESHOLD } from './summarise-issues';

const issue = (code: string, row: number, file = 'a.csv', sheet?: string): ImportIssue => ({
  code,
  severity: 'warning',
  message: `${code} on row ${row}`,
  file,
  row,
  ...(sheet === undefined ? {} : { sheet }),
});

const weight = (issues: ImportIssue[]): number =>
  issues.reduce((n, i) => n + 1 + (i.moreLikeThis ?? 0), 0);

describe('summariseIssues', () => {
  it('turns 312 bad rows into the first of them, saying 311 more are like it', () => {
    const issues = Array.from({ length: 312 }, (_, i) => issue('bad-date', i + 2));
    expect(summariseIssues(issues)).toEqual([{ ...issue('bad-date', 2), moreLikeThis: 311 }]);
  });

  it.each([
    [9, 9],
    [10, 1],
  ])('%i issues of one code become %i', (count, expected) => {
    const issues = Array.from({ length: count }, (_, i) => issue('bad-number', i + 2));
    expect(summariseIssues(issues)).toHaveLength(expected);
  });

  it.each([
    [1, 1, undefined],
    [SUMMARY_THRESHOLD - 1, SUMMARY_THRESHOLD - 1, undefined],
    [SUMMARY_THRESHOLD, 1, SUMMARY_THRESHOLD - 1],
    [313, 1, 312],
    [100_000, 1, 99_999],
  ])('%i issues of one code show as %i, the first saying %j more', (count, shown, more) => {
    const issues = Array.from({ length: count }, (_, i) => issue('ragged-row', i + 2));
    const summary = summariseIssues(issues);
    expect(summary).toHaveLength(shown);
    expect(summary[0]?.row).toBe(2);
    expect(summary[0]?.moreLikeThis).toBe(more);
  });

  it('keeps codes, files and sheets apart and keeps the order of first occurrence', () => {
    const issues = [
      issue('missing-region', 1),
      ...Array.from({ length: 12 }, (_, i) => issue('bad-date', i + 2)),
      issue('bad-date', 3, 'b.csv'),
      issue('bad-date', 4, 'a.csv', 'Sheet2'),
      issue('missing-region', 20),
    ];
    expect(
      summariseIssues(issues).map((i) => [i.code, i.file, i.sheet, i.row, i.moreLikeThis]),
    ).toEqual([
      ['missing-region', 'a.csv', undefined, 1, undefined],
      ['bad-date', 'a.csv', undefined, 2, 11],
      ['bad-date', 'b.csv', undefined, 3, undefined],
      ['bad-date', 'a.csv', 'Sheet2', 4, undefined],
      ['missing-region', 'a.csv', undefined, 20, undefined],
    ]);
  });

  it('keeps the count of problems, never grows the list, and is idempotent', () => {
    const arbitraryIssue = fc
      .record({
        code: fc.constantFrom('bad-date', 'bad-number', 'overlap'),
        file: fc.constantFrom('a.csv', 'b.xlsx'),
        row: fc.nat(1000),
        more: fc.option(fc.nat(50), { nil: undefined }),
      })
      .map(({ code, file, row, more }) => ({
        ...issue(code, row, file),
        ...(more === undefined ? {} : { moreLikeThis: more }),
      }));
    fc.assert(
      fc.property(fc.array(arbitraryIssue, { maxLength: 80 }), (issues) => {
        const once = summariseIssues(issues);
        expect(weight(once)).toBe(weight(issues));
        expect(once.length).toBeLessThanOrEqual(issues.length);
        expect(summariseIssues(once)).toEqual(once);
      }),
    );
  });
});
