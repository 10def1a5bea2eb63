import { answerColumn } from './answer-mapping';
import { guessMapping } from './guess-mapping';
import { normaliseTable } from './normalise-table';
import { rawTable } from './testing/raw-table';

describe('answerColumn', () => {
  const table = rawTable([
    ['Date', 'Deliveries'],
    ['03/04/2019', '1.016'],
  ]);
  const guessed = guessMapping(table);

  it.each([
    [0, 'dmy', { dateOrder: 'dmy' }],
    [0, 'mdy', { dateOrder: 'mdy' }],
    [1, 'de', { numberLocale: 'de' }],
    [1, 'en', { numberLocale: 'en' }],
  ])('column %i answered %s', (index, answer, expected) => {
    const column = answerColumn(guessed, index, answer).columns[index];
    expect(column).toMatchObject(expected);
    expect(column?.needsAnswer).toBeUndefined();
    expect(guessed.columns[index]?.needsAnswer).toBeDefined();
  });

  it('ignores an answer that is not one of the options', () => {
    expect(answerColumn(guessed, 0, 'ymd')).toEqual(guessed);
  });

  it('lets the table import once every question is answered', () => {
    const answered = answerColumn(answerColumn(guessed, 0, 'dmy'), 1, 'en');
    const result = normaliseTable(table, answered, { duplicates: 'sum' });
    expect(result.ok && result.value.records.map((r) => r.values.deliveries)).toEqual([1.016]);
  });
});
