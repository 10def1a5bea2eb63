import { guessMapping, type TableMapping } from '../domain/import/normalise';
import type { Cell, RawTable } from '../domain/import/types';
import { checkTable, completeFormats, reusableRecords } from './check-table';

function table(rows: Cell[][]): RawTable {
  return { file: 't.csv', sheet: null, rows, rowNumbers: rows.map((_, i) => i + 1), notes: [] };
}

const daily = table([
  ['Date', 'Region', 'Deliveries', 'Comment'],
  ['03/04/2019', 'Norway', '1.234,5', 'x'],
  ['04/04/2019', 'Norway', '2.000,0', 'y'],
]);

function withColumn(
  mapping: TableMapping,
  index: number,
  change: Partial<TableMapping['columns'][number]>,
): TableMapping {
  return {
    ...mapping,
    columns: mapping.columns.map((c) => (c.index === index ? { ...c, ...change } : c)),
  };
}

describe('checking a table', () => {
  it.each<
    [string, Partial<TableMapping['columns'][number]>, Partial<TableMapping['columns'][number]>]
  >([
    [
      'a new measure gets its number format',
      { role: 'measure', measure: 'orders', numberLocale: undefined },
      { numberLocale: 'de' },
    ],
    [
      'a new date column is asked about when ambiguous',
      { role: 'date', dateOrder: undefined, needsAnswer: undefined },
      { needsAnswer: expect.objectContaining({ kind: 'date-order' }) },
    ],
    [
      'an answered column is left as answered',
      { role: 'date', dateOrder: 'mdy', needsAnswer: undefined },
      { dateOrder: 'mdy' },
    ],
  ])('%s', (_, change, expected) => {
    const source = change.role === 'measure' ? 2 : 0;
    const mapping = withColumn(guessMapping(daily), source, change);
    expect(completeFormats(daily, mapping).columns[source]).toMatchObject(expected);
  });

  it('leaves questions to the dialog and reports other refusals', () => {
    const guessed = guessMapping(daily);
    expect(checkTable(daily, guessed).check).toMatchObject({ error: null, recordCount: null });
    const answered = withColumn(guessed, 0, { dateOrder: 'dmy', needsAnswer: undefined });
    const noMeasure = withColumn(answered, 2, { role: 'ignore', measure: undefined });
    expect(checkTable(daily, answered).check).toMatchObject({ error: null, recordCount: 2 });
    expect(checkTable(daily, noMeasure).check.error?.code).toBe('no-measure-column');
  });

  it.each<[string, 'same' | 'other', 'ask' | 'sum' | 'keep-last', boolean, boolean]>([
    ['same mapping, no duplicates', 'same', 'ask', false, true],
    ['same mapping, duplicates summed', 'same', 'sum', true, true],
    ['same mapping, duplicates to keep last', 'same', 'keep-last', true, false],
    ['same mapping, duplicates to ask about', 'same', 'ask', true, false],
    ['another mapping', 'other', 'sum', false, false],
  ])('reuses the dry run: %s', (_, which, policy, withDuplicates, reused) => {
    const rows: Cell[][] = [
      ['Date', 'Region', 'Deliveries'],
      ['2019-06-27', 'Norway', 5],
    ];
    if (withDuplicates) rows.push(['2019-06-27', 'Norway', 7]);
    const raw = table(rows);
    const { check, dryRun } = checkTable(raw, guessMapping(raw));
    const mapping = which === 'same' ? check.mapping : { ...check.mapping, shape: 'wide' as const };
    expect(reusableRecords(dryRun, mapping, policy) === dryRun.result).toBe(reused);
  });
});
