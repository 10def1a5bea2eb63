import { SUMMARY_THRESHOLD } from '../summarise-issues';
import type { ImportIssue } from '../types';
import { columnLabel, createIssueCollector, placeText } from './issues';

function issue(
  code: string,
  row: number,
  severity: ImportIssue['severity'] = 'error',
): ImportIssue {
  return { code, severity, message: `x.csv, line ${row}: ${code}.`, file: 'x.csv', row };
}

describe('columnLabel and placeText', () => {
  it.each([
    [2, ['foo', 'bar', 'baz'], '3 ("baz")'],
    [3, ['foo', 'bar', 'baz'], '4'],
    [0, [''], '1'],
    [0, null, '1'],
    [0, ['say "hi"\n'], '1 ("say \\"hi\\"\\n")'],
    [0, ['x'.repeat(100)], `1 ("${'x'.repeat(40)}…")`],
  ])('column %i of %j is %s', (index, header, label) => {
    expect(columnLabel(index, header)).toBe(label);
  });

  it.each([
    [undefined, undefined, 'x.csv'],
    [7, undefined, 'x.csv, line 7'],
    [7, '2 ("b")', 'x.csv, line 7, column 2 ("b")'],
  ])('place of row %j column %j', (row, column, text) => {
    expect(placeText('x.csv', row, column)).toBe(text);
  });
});

describe('issue summaries', () => {
  it.each([
    [1, 1, undefined],
    [SUMMARY_THRESHOLD - 1, SUMMARY_THRESHOLD - 1, undefined],
    [SUMMARY_THRESHOLD, 1, SUMMARY_THRESHOLD - 1],
    [313, 1, 312],
    [100_000, 1, 99_999],
  ])('%i issues of one kind show as %i', (count, shown, more) => {
    const issues = Array.from({ length: count }, (_, k) => issue('ragged-row', k + 2));
    const collector = createIssueCollector();
    for (const item of issues) collector.add(item);
    const summary = collector.list();
    expect(summary).toHaveLength(shown);
    expect(summary[0]?.row).toBe(2);
    expect(summary[0]?.moreLikeThis).toBe(more);
    if (more !== undefined) {
      expect(summary[0]?.message).toContain(
        `(${more.toLocaleString('en-US')} more rows like this)`,
      );
    }
  });

  it('keeps kinds apart, in first-seen order, and counts errors', () => {
    const collector = createIssueCollector();
    collector.add(issue('encoding', 1, 'info'));
    expect(collector.hasErrors()).toBe(false);
    for (let row = 2; row < 14; row += 1)
      collector.add(issue('duplicate-header', 1, 'warning'), 'columns');
    collector.add(issue('ragged-row', 20));
    expect(collector.hasErrors()).toBe(true);
    expect(collector.count('duplicate-header')).toBe(12);
    const list = collector.list();
    expect(list.map((item) => [item.code, item.moreLikeThis])).toEqual([
      ['encoding', undefined],
      ['duplicate-header', 11],
      ['ragged-row', undefined],
    ]);
    expect(list[1]?.message).toContain('11 more columns like this');
  });
});
