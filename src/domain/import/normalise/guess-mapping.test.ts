import type { Cell } from '../types';
import { guessMapping, mappingKey } from './guess-mapping';
import { rawTable } from './testing/raw-table';
import type { ColumnMapping } from './types';

const date = (day: number): Cell => ({ kind: 'date', day });

function roles(columns: ColumnMapping[]): string[] {
  return columns.map((c) =>
    [c.role, c.measure, c.region].filter((part) => part !== undefined).join(':'),
  );
}

describe('guessMapping: shapes', () => {
  it.each<[string, Cell[][], string, string[]]>([
    [
      'daily (long)',
      [
        ['Date', 'Region', 'Model', 'Deliveries', 'Production', 'Orders', 'Backlog'],
        ['2019-06-28', 'Norway', 'Model 3', '310', '', '120', '900'],
      ],
      'daily',
      [
        'date',
        'region',
        'model',
        'measure:deliveries',
        'measure:production',
        'measure:orders',
        'measure:backlog',
      ],
    ],
    [
      'wide',
      [
        ['Date', 'North America deliveries', 'Europe deliveries', 'China production'],
        [date(18075), 910, 480, 210],
      ],
      'wide',
      [
        'date',
        'measure:deliveries:North America',
        'measure:deliveries:Europe',
        'measure:production:China',
      ],
    ],
    [
      'wide, one column per region with the measure implied',
      [
        ['Day', 'Norway', 'Sweden', 'Notes'],
        ['2019-06-28', '310', '95', 'busy'],
        ['2019-06-29', '402', '', 'record'],
      ],
      'wide',
      ['date', 'measure:deliveries:Norway', 'measure:deliveries:Sweden', 'ignore'],
    ],
    [
      'per vehicle',
      [
        ['VIN', 'Region', 'Model', 'Order date', 'Build date', 'Delivery date', 'Scheduled date'],
        ['5YJ3E1EA1KF000101', 'Norway', 'Model 3', '2019-05-02', '2019-06-03', '2019-06-20', ''],
      ],
      'per-vehicle',
      ['vin', 'region', 'model', 'order-date', 'build-date', 'delivery-date', 'scheduled-date'],
    ],
    [
      'per vehicle without VIN: a list of deliveries',
      [
        ['Market', 'Delivery date'],
        ['NO', '2019-06-20'],
      ],
      'per-vehicle',
      ['region', 'delivery-date'],
    ],
    [
      'periodic',
      [
        ['country', 'period', 'model', 'units', 'source'],
        ['NO', '2019-03', 'Model 3', '5315', 'ofv.no'],
        ['US', '2019-Q2', 'Model 3', '40756', 'anl.gov'],
      ],
      'periodic',
      ['region', 'period', 'model', 'measure:deliveries', 'ignore'],
    ],
    [
      'periodic under a date header',
      [
        ['Date', 'Deliveries'],
        ['Jun 2019', '95200'],
      ],
      'periodic',
      ['period', 'measure:deliveries'],
    ],
    [
      'dates under a period header',
      [
        ['Period', 'Deliveries'],
        ['2019-06-29', '95'],
      ],
      'daily',
      ['date', 'measure:deliveries'],
    ],
    [
      'a Month column of workbook dates',
      [
        ['Month', 'Deliveries'],
        [date(17683), 12],
      ],
      'periodic',
      ['period', 'measure:deliveries'],
    ],
    [
      'delivery date as the date of a daily table',
      [
        ['Delivery date', 'Country', 'Deliveries'],
        ['2019-06-29', 'NO', 5],
      ],
      'daily',
      ['date', 'region', 'measure:deliveries'],
    ],
    [
      'an unnamed date column is found by its values',
      [
        ['', 'Deliveries'],
        ['2019-06-28', 5],
        ['2019-06-29', 6],
      ],
      'daily',
      ['date', 'measure:deliveries'],
    ],
  ])('%s', (_, rows, shape, expectedRoles) => {
    const mapping = guessMapping(rawTable(rows));
    expect(mapping.shape).toBe(shape);
    expect(roles(mapping.columns)).toEqual(expectedRoles);
    expect(mapping.headerRow).toBe(0);
  });
});

describe('guessMapping: details', () => {
  it('finds the header row below a title', () => {
    const mapping = guessMapping(
      rawTable([
        ['Tesla deliveries, June 2019'],
        [],
        ['Date', 'Deliveries'],
        ['2019-06-29', '1,016'],
      ]),
    );
    expect(mapping.headerRow).toBe(2);
    expect(roles(mapping.columns)).toEqual(['date', 'measure:deliveries']);
  });

  it('detects number locale and date order per column', () => {
    const mapping = guessMapping(
      rawTable([
        ['Datum', 'Deliveries', 'Production'],
        ['29.06.2019', '1.234,5', '1,234.5'],
        ['30.06.2019', '12', '12'],
      ]),
    );
    expect(mapping.columns.map((c) => c.dateOrder ?? c.numberLocale)).toEqual(['dmy', 'de', 'en']);
  });

  it('marks ambiguous columns needsAnswer instead of guessing', () => {
    const mapping = guessMapping(
      rawTable([
        ['Date', 'Deliveries'],
        ['03/04/2019', '1.016'],
      ]),
    );
    expect(mapping.columns[0]?.needsAnswer).toEqual({
      kind: 'date-order',
      options: ['dmy', 'mdy'],
      example: '03/04/2019',
    });
    expect(mapping.columns[1]?.needsAnswer).toEqual({
      kind: 'number-locale',
      options: ['en', 'de'],
      example: '1.016',
    });
    expect(mapping.columns[0]?.dateOrder).toBeUndefined();
  });

  it('reads unformatted serials in a workbook marked 1904 as 1904 serials', () => {
    const table = rawTable(
      [
        ['Date', 'Deliveries'],
        [42183, 5],
      ],
      {
        notes: [
          { code: 'date-system-1904', severity: 'info', message: '1904 dates', file: 'a.xlsx' },
        ],
      },
    );
    expect(guessMapping(table).columns[0]?.dateOrder).toBe('serial1904');
  });

  it('keeps one column per role and per measure', () => {
    const mapping = guessMapping(
      rawTable([
        ['Date', 'Region', 'Country', 'Deliveries', 'Delivered'],
        ['2019-06-29', 'Europe', 'NO', 1, 1],
      ]),
    );
    expect(roles(mapping.columns)).toEqual([
      'date',
      'region',
      'ignore',
      'measure:deliveries',
      'ignore',
    ]);
  });

  it('is plain JSON', () => {
    const mapping = guessMapping(
      rawTable([
        ['Date', 'Europe deliveries', 'n'],
        ['03/04/2019', '1.016', ''],
      ]),
    );
    expect(JSON.parse(JSON.stringify(mapping))).toEqual(mapping);
  });

  it('treats __proto__ and constructor headers as ignored columns, leaving Object.prototype alone', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const table = rawTable([
      ['__proto__', 'constructor', 'Date', 'Region', 'Deliveries', 'prototype'],
      ['{"polluted":1}', 'x', '2019-06-29', '__proto__', '5', 'y'],
    ]);
    const mapping = guessMapping(table);
    expect(roles(mapping.columns)).toEqual([
      'ignore',
      'ignore',
      'date',
      'region',
      'measure:deliveries',
      'ignore',
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('mappingKey', () => {
  it.each([
    [['Date', 'Region', 'Deliveries'], ['date', ' REGION ', 'deliveries'], true],
    [['Units delivered', 'As of'], ['units-delivered', 'as_of'], true],
    [['Date', 'Deliveries'], ['Deliveries', 'Date'], false],
    [['Date', 'Deliveries'], ['Date', 'Deliveries', 'Production'], false],
  ])('%j and %j give the same key: %s', (a, b, same) => {
    expect(mappingKey(a) === mappingKey(b)).toBe(same);
  });

  it('is stable text', () => {
    expect(mappingKey(['Country', 'Period', 'Model', 'Units', 'Source'])).toBe(
      'country|period|model|units|source',
    );
  });
});
