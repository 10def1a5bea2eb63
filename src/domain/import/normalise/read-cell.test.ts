import { dayFromIso } from '../../records/calendar-day';
import type { Cell } from '../types';
import { readDateCell, readNumberCell, readPeriodCell } from './read-cell';
import type { ColumnMapping, DateOrder, NumberLocale } from './types';

const dateColumn = (dateOrder?: DateOrder): ColumnMapping => ({
  index: 0,
  header: 'Date',
  role: 'date',
  ...(dateOrder ? { dateOrder } : {}),
});

describe('readDateCell', () => {
  it.each<[Cell, DateOrder | undefined, string]>([
    ['2019-06-29', 'ymd', '2019-06-29'],
    ['2019/6/29', 'ymd', '2019-06-29'],
    ['20190629', 'ymd', '2019-06-29'],
    ['2019-06-29T23:30:00-08:00', 'ymd', '2019-06-29'],
    ['2019-06-29 00:15', 'ymd', '2019-06-29'],
    ['29/06/2019', 'dmy', '2019-06-29'],
    ['29.06.2019', 'dmy', '2019-06-29'],
    ['29-06-19', 'dmy', '2019-06-29'],
    ['01/07/2019', 'dmy', '2019-07-01'],
    ['06/29/2019', 'mdy', '2019-06-29'],
    ['07/01/2019', 'mdy', '2019-07-01'],
    ['6/29/19 5:00 PM', 'mdy', '2019-06-29'],
    ['06/06/2019', undefined, '2019-06-06'],
    ['29 Jun 2019', 'dmy', '2019-06-29'],
    ['29-Jun-19', 'mdy', '2019-06-29'],
    ['June 29, 2019', 'dmy', '2019-06-29'],
    ['Saturday, June 29, 2019', 'ymd', '2019-06-29'],
    ['29. Juni 2019', 'ymd', '2019-06-29'],
    [{ kind: 'date', day: 18076 }, 'dmy', '2019-06-29'],
    [43645, 'serial1900', '2019-06-29'],
    [43645.75, 'serial1900', '2019-06-29'],
    ['43645', 'serial1900', '2019-06-29'],
    [42183, 'serial1904', '2019-06-29'],
    [20190629, 'ymd', '2019-06-29'],
    [25569, 'serial1900', '1970-01-01'],
  ])('%j with order %s → %s', (cell, order, iso) => {
    const reading = readDateCell(cell, dateColumn(order), false);
    expect(reading).toEqual({ value: dayFromIso(iso) });
  });

  it('reads plain serials in the 1904 system when the table says so', () => {
    expect(readDateCell(42183, dateColumn('ymd'), true).value).toBe(dayFromIso('2019-06-29'));
    expect(readDateCell(43645, dateColumn('ymd'), false).value).toBe(dayFromIso('2019-06-29'));
  });

  it.each<[Cell, DateOrder | undefined, string]>([
    ['31/02/2019', 'dmy', 'bad-date'],
    ['2019-02-29', 'ymd', 'bad-date'],
    ['13/13/2019', 'mdy', 'bad-date'],
    ['03/04/2019', undefined, 'bad-date'],
    ['soon', 'ymd', 'bad-date'],
    [12, 'ymd', 'bad-date'],
    [true, 'ymd', 'bad-date'],
    [{ kind: 'error', code: '#REF!' }, 'ymd', 'error-cell'],
  ])('%j with order %s → problem %s', (cell, order, code) => {
    const reading = readDateCell(cell, dateColumn(order), false);
    expect(reading.value).toBeNull();
    expect(reading.problem?.code).toBe(code);
  });

  it.each<Cell>([null, '', ' ', '-', 'n/a'])('%j is no value and no problem', (cell) => {
    expect(readDateCell(cell, dateColumn('ymd'), false)).toEqual({ value: null });
  });

  it('never depends on the time zone: no Date parsing of text', () => {
    const parse = vi.spyOn(Date, 'parse');
    readDateCell('June 29, 2019', dateColumn('ymd'), false);
    readDateCell('2019-06-29T23:30:00Z', dateColumn('ymd'), false);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });
});

describe('readPeriodCell', () => {
  const periodColumn = (header: string): ColumnMapping => ({ index: 0, header, role: 'period' });
  it.each<[Cell, string, string]>([
    ['2019-06', 'period', '2019-06'],
    ['Q2 2019', 'period', '2019-Q2'],
    [{ kind: 'date', day: 17683 }, 'Month', '2018-06'],
    ['2019-06-01', 'Month', '2019-06'],
    [{ kind: 'date', day: 18052 }, 'Quarter', '2019-Q2'],
  ])('%j under %j → %s', (cell, header, label) => {
    expect(readPeriodCell(cell, periodColumn(header), false).value?.label).toBe(label);
  });

  it('reports text that is no period', () => {
    expect(readPeriodCell('Total', periodColumn('period'), false).problem?.code).toBe('bad-period');
  });
});

describe('readNumberCell', () => {
  const measureColumn = (numberLocale: NumberLocale): ColumnMapping => ({
    index: 1,
    header: 'Deliveries',
    role: 'measure',
    measure: 'deliveries',
    numberLocale,
  });
  it.each<[Cell, NumberLocale, number | null]>([
    [1016, 'de', 1016],
    [12.5, 'en', 12.5],
    ['1.016', 'de', 1016],
    ['1,016', 'en', 1016],
    ['n/a', 'en', null],
    [null, 'en', null],
  ])('%j (%s) → %s', (cell, locale, value) => {
    expect(readNumberCell(cell, measureColumn(locale))).toEqual({ value });
  });

  it.each<[Cell, string]>([
    ['lots', 'bad-number'],
    ['1.234,5', 'bad-number'],
    [true, 'bad-number'],
    [{ kind: 'error', code: '#N/A' }, 'error-cell'],
    [{ kind: 'date', day: 1 }, 'bad-number'],
  ])('%j → problem %s, read as no value', (cell, code) => {
    const reading = readNumberCell(cell, measureColumn('en'));
    expect(reading.value).toBeNull();
    expect(reading.problem?.code).toBe(code);
  });
});
