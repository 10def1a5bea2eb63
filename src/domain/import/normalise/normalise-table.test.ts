import { dayFromIso } from '../../records/calendar-day';
import type { DailyRecord } from '../../records/dataset';
import type { Cell, ImportResult } from '../types';
import { guessMapping } from './guess-mapping';
import { normaliseTable } from './normalise-table';
import { rawTable } from './testing/raw-table';
import type { NormalisedTable, TableMapping } from './types';

function normalise(
  rows: Cell[][],
  duplicates: 'sum' | 'keep-last' | 'ask' = 'sum',
  mapping?: TableMapping,
) {
  const table = rawTable(rows, { file: 'june.csv' });
  return normaliseTable(table, mapping ?? guessMapping(table), { duplicates });
}

function value(result: ImportResult<NormalisedTable>): NormalisedTable {
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  return result.value;
}

function brief(records: DailyRecord[]): [string, string, string, Record<string, number>][] {
  return records.map((r) => [
    String(r.day),
    r.region,
    r.model ?? '',
    r.values as Record<string, number>,
  ]);
}

const d = (iso: string) => String(dayFromIso(iso));

describe('normaliseTable: daily and wide tables', () => {
  it('reads a daily table row by row', () => {
    const result = value(
      normalise([
        ['Date', 'Region', 'Model', 'Deliveries', 'Backlog'],
        ['2019-06-28', 'NO', 'Model 3', '310', '900'],
        ['2019-06-29', 'NO', 'Model 3', '402', ''],
      ]),
    );
    expect(brief(result.records)).toEqual([
      [d('2019-06-28'), 'NO', 'Model 3', { deliveries: 310, backlog: 900 }],
      [d('2019-06-29'), 'NO', 'Model 3', { deliveries: 402 }],
    ]);
    expect(result.granularity).toBe('day');
    expect(result.dateRange).toEqual([dayFromIso('2019-06-28'), dayFromIso('2019-06-29')]);
  });

  it('melts a wide table into one record per date × region, and names no region "Total"', () => {
    const result = value(
      normalise([
        [
          'Date',
          'North America deliveries',
          'Europe deliveries',
          'North America production',
          'Total deliveries',
        ],
        ['2019-06-28', 910, 480, 1005, 1390],
        ['2019-06-29', 940, '', 1010, 940],
      ]),
    );
    expect(brief(result.records)).toEqual([
      [d('2019-06-28'), 'North America', '', { deliveries: 910, production: 1005 }],
      [d('2019-06-28'), 'Europe', '', { deliveries: 480 }],
      [d('2019-06-28'), 'Total', '', { deliveries: 1390 }],
      [d('2019-06-29'), 'North America', '', { deliveries: 940, production: 1010 }],
      [d('2019-06-29'), 'Total', '', { deliveries: 940 }],
    ]);
  });

  it('reads day-first dates and German numbers once the mapping says so', () => {
    const result = value(
      normalise([
        ['Datum', 'Land', 'Auslieferungen'],
        ['29.06.2019', 'NO', '1.016'],
        ['30.06.2019', 'NO', '2.345,0'],
      ]),
    );
    expect(brief(result.records).map(([day, , , values]) => [day, values.deliveries])).toEqual([
      [d('2019-06-29'), 1016],
      [d('2019-06-30'), 2345],
    ]);
  });
});

describe('normaliseTable: periodic tables', () => {
  it('spreads a quarter and months in one file, keeping each granularity', () => {
    const result = value(
      normalise([
        ['country', 'period', 'units'],
        ['US', '2019-Q2', '53975'],
        ['NO', 'Jun 2019', '3760'],
        ['NO', '2019/05', '1010'],
      ]),
    );
    const total = (region: string, granularity: string) =>
      result.records
        .filter((r) => r.region === region && r.granularity === granularity)
        .reduce((sum, r) => sum + (r.values.deliveries ?? 0), 0);
    expect(result.records.filter((r) => r.region === 'US')).toHaveLength(91);
    expect(result.records.filter((r) => r.region === 'NO')).toHaveLength(61);
    expect(total('US', 'quarter')).toBe(53975);
    // Each month sums exactly in day order; across months, float addition may differ in the last bit.
    expect(total('NO', 'month')).toBeCloseTo(4770, 6);
    expect(result.granularity).toBe('quarter');
    expect(result.dateRange).toEqual([dayFromIso('2019-04-01'), dayFromIso('2019-06-30')]);
  });
});

describe('normaliseTable: duplicates', () => {
  const rows: Cell[][] = [
    ['Date', 'Region', 'Model', 'Deliveries', 'Production'],
    ['2019-06-29', 'NO', 'Model 3', 10, 7],
    ['2019-06-29', 'NL', 'Model 3', 4, 1],
    ['2019-06-29', 'NO', 'Model 3', 20, ''],
  ];

  it('flags the same date, region and model with their row numbers', () => {
    expect(value(normalise(rows, 'sum')).duplicates).toEqual([
      {
        label: '2019-06-29 · NO · Model 3',
        day: dayFromIso('2019-06-29'),
        region: 'NO',
        model: 'Model 3',
        rows: [2, 4],
      },
    ]);
  });

  it.each([
    ['sum', { deliveries: 30, production: 7 }],
    ['keep-last', { deliveries: 20, production: 7 }],
  ] as const)('%s gives %j for Norway', (policy, expected) => {
    const norway = value(normalise(rows, policy)).records.filter((r) => r.region === 'NO');
    expect(norway.map((r) => r.values)).toEqual([expected]);
  });

  it('ask refuses, naming the first duplicate', () => {
    const result = normalise(rows, 'ask');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'duplicates', file: 'june.csv', row: 2 });
      expect(result.error.message).toContain('2019-06-29 · NO · Model 3, rows 2, 4');
    }
  });
});

describe('normaliseTable: refusals', () => {
  it('refuses while a column needs an answer, naming the column', () => {
    const result = normalise([
      ['Date', 'Deliveries'],
      ['03/04/2019', '1.016'],
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'needs-answer', column: 'Date', severity: 'error' });
    expect(result.error.message).toContain('2019-04-03 (day first) or 2019-03-04 (month first)');
    expect(result.issues).toMatchObject([{ code: 'needs-answer', column: 'Deliveries' }]);
    expect(result.issues[0]?.message).toContain('"1.016" 1.016 or 1016');
  });

  it('reads once the answer is given', () => {
    const table = rawTable([
      ['Date', 'Deliveries'],
      ['03/04/2019', '1.016'],
    ]);
    const guessed = guessMapping(table);
    const answered: TableMapping = {
      ...guessed,
      columns: guessed.columns.map(({ needsAnswer: _, ...column }) =>
        column.role === 'date'
          ? { ...column, dateOrder: 'dmy' }
          : { ...column, numberLocale: 'de' },
      ),
    };
    const result = value(normaliseTable(table, answered, { duplicates: 'sum' }));
    expect(brief(result.records)).toEqual([[d('2019-04-03'), 'Total', '', { deliveries: 1016 }]]);
  });

  it.each<[string, string, Cell[][]]>([
    ['no rows', 'empty-table', [['Date', 'Deliveries']]],
    [
      'no date column',
      'no-date-column',
      [
        ['Region', 'Deliveries'],
        ['NO', 1],
      ],
    ],
    [
      'no measure column',
      'no-measure-column',
      [
        ['Date', 'Region'],
        ['2019-06-29', 'NO'],
      ],
    ],
    [
      'nothing readable',
      'no-data',
      [
        ['Date', 'Deliveries'],
        ['soon', 1],
        ['2019-06-29', ''],
      ],
    ],
  ])('%s → %s', (_, code, rows) => {
    const result = normalise(rows);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});

describe('normaliseTable: row problems are warnings naming file, row and column', () => {
  it.each<[string, Cell[], string, string, 'skipped' | 'no value' | 'kept']>([
    ['a bad date', ['31/02/2019', 'NO', 5], 'bad-date', 'Date', 'skipped'],
    ['no date', ['', 'NO', 5], 'missing-date', 'Date', 'skipped'],
    ['a bad number', ['29/06/2019', 'NO', 'lots'], 'bad-number', 'Deliveries', 'no value'],
    [
      'an error cell',
      ['29/06/2019', 'NO', { kind: 'error', code: '#DIV/0!' }],
      'error-cell',
      'Deliveries',
      'no value',
    ],
    ['a negative count', ['29/06/2019', 'NO', -3], 'negative-count', 'Deliveries', 'kept'],
    ['a fractional count', ['29/06/2019', 'NO', 2.5], 'fractional-count', 'Deliveries', 'kept'],
    ['no region', ['29/06/2019', '', 5], 'missing-region', 'Country', 'kept'],
  ])('%s', (_, row, code, column, outcome) => {
    const result = normalise([['Date', 'Country', 'Deliveries'], ['30/06/2019', 'NO', 7], row]);
    const table = value(result);
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([
      expect.objectContaining({ code, file: 'june.csv', row: 3, column, severity: 'warning' }),
    ]);
    expect(result.issues[0]?.message).toMatch(/^june\.csv, row 3, column "/);
    const rowRecord = table.records.find((r) => r.day === dayFromIso('2019-06-29'));
    if (outcome === 'skipped' || outcome === 'no value') expect(rowRecord).toBeUndefined();
    else expect(rowRecord).toBeDefined();
  });

  it('warns about dates far from the rest and outside 2000–2100, keeping the rows', () => {
    const result = normalise([
      ['Date', 'Deliveries'],
      ['2019-06-28', 1],
      ['2019-06-29', 1],
      ['2019-06-30', 1],
      ['2029-06-30', 1],
      ['1999-12-31', 1],
    ]);
    expect(value(result).records).toHaveLength(5);
    expect(result.issues.filter((i) => i.code === 'date-out-of-range').map((i) => i.row)).toEqual([
      5, 6,
    ]);
  });

  it('summarises ten or more issues of one code into the first, with the count of the others', () => {
    const rows: Cell[][] = [['Date', 'Deliveries']];
    for (let i = 0; i < 312; i++) rows.push(['someday', 1]);
    rows.push(['2019-06-29', 1]);
    const result = normalise(rows);
    expect(value(result).records).toHaveLength(1);
    expect(result.issues.filter((i) => i.code === 'bad-date')).toEqual([
      expect.objectContaining({ row: 2, column: 'Date', moreLikeThis: 311 }),
    ]);
  });

  it('says which columns are not used', () => {
    const result = normalise([
      ['Date', 'Deliveries', 'source'],
      ['2019-06-29', 1, 'x'],
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'ignored-column', severity: 'info', column: 'source' }),
    ]);
  });
});
