import type { ImportIssue } from '../../domain/import/types';
import { formatBytes, importFailure, issuePlace, moreLikeThis } from './describe-issue';

const base: ImportIssue = {
  code: 'bad-number',
  severity: 'warning',
  message: 'not a number',
  file: 'sales.xlsx',
};

describe('describing issues', () => {
  it.each<[Partial<ImportIssue>, string]>([
    [{}, 'sales.xlsx'],
    [
      { sheet: 'June', row: 12, column: 'Deliveries' },
      'sales.xlsx · sheet June · row 12 · column Deliveries',
    ],
    [{ row: 3 }, 'sales.xlsx · row 3'],
  ])('places %j as "%s"', (extra, place) => {
    expect(issuePlace({ ...base, ...extra })).toBe(place);
  });

  it.each<[number | undefined, string | null]>([
    [undefined, null],
    [0, null],
    [1, '1 more row like this'],
    [312, '312 more rows like this'],
    [12000, '12,000 more rows like this'],
  ])('%s more → %s', (count, text) => {
    expect(moreLikeThis({ ...base, ...(count === undefined ? {} : { moreLikeThis: count }) })).toBe(
      text,
    );
  });

  it.each([
    [512, '512 B'],
    [2048, '2.0 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
  ])('%i bytes is %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('tells an unreadable file from a fault in the app', () => {
    expect(importFailure('a.csv', new DOMException('gone', 'NotReadableError'))).toMatchObject({
      code: 'unreadable-file',
      file: 'a.csv',
      severity: 'error',
    });
    expect(importFailure('a.csv', new TypeError('x is undefined'))).toMatchObject({
      code: 'internal-error',
      message: expect.stringContaining('x is undefined'),
    });
  });
});
