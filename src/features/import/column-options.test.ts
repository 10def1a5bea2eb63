import type { ColumnMapping } from '../../domain/import/normalise';
import {
  COLUMN_OPTIONS,
  columnLabel,
  columnOptionValue,
  readsDates,
  readsNumbers,
  withColumnOption,
} from './column-options';

const column: ColumnMapping = {
  index: 2,
  header: 'Units',
  role: 'measure',
  measure: 'deliveries',
  region: 'Norway',
  numberLocale: 'de',
  needsAnswer: { kind: 'number-locale', options: ['en', 'de'], example: '1.234' },
};

describe('column options', () => {
  it.each(COLUMN_OPTIONS.map((option) => [option.value, option.label]))(
    '%s (%s) round-trips',
    (value) => {
      const changed = withColumnOption(column, value);
      expect(columnOptionValue(changed)).toBe(value);
      // Formats depend on the role: they are detected again, and the old question no longer applies.
      expect(changed).not.toHaveProperty('numberLocale');
      expect(changed).not.toHaveProperty('dateOrder');
      expect(changed).not.toHaveProperty('needsAnswer');
      expect(changed).toMatchObject({ index: 2, header: 'Units', region: 'Norway' });
    },
  );

  it('offers each meaning once', () => {
    const values = COLUMN_OPTIONS.map((option) => option.value);
    expect(new Set(values).size).toBe(values.length);
  });

  it.each(['measure:speed', 'colour'])('refuses an unknown option %s', (value) => {
    expect(() => withColumnOption(column, value)).toThrow(/Unknown/);
  });

  it.each([
    ['date', true, false],
    ['delivery-date', true, false],
    ['period', false, false],
    ['measure:orders', false, true],
    ['region', false, false],
  ])('%s reads dates: %s, numbers: %s', (value, dates, numbers) => {
    const changed = withColumnOption(column, value);
    expect(readsDates(changed)).toBe(dates);
    expect(readsNumbers(changed)).toBe(numbers);
  });

  it.each([
    ['Deliveries', 0, 'Deliveries'],
    ['', 0, 'column A'],
    ['  ', 25, 'column Z'],
    ['', 26, 'column AA'],
    ['', 701, 'column ZZ'],
    ['', 702, 'column AAA'],
  ])('names header %j at index %i "%s"', (header, index, label) => {
    expect(columnLabel({ index, header, role: 'ignore' })).toBe(label);
  });
});
