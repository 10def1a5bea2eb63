import fc from 'fast-check';
import { guessMapping, normaliseTable } from '../import/normalise';
import { readTextTable } from '../import/text';
import { datasetFromRecords, recordsFromDataset } from '../records/build-dataset';
import { dayFromIso } from '../records/calendar-day';
import type { DailyRecord } from '../records/dataset';
import { exactNumber, exportDatasetsCsv, exportFileName } from './export-csv';

const day = (iso: string) => dayFromIso(iso)!;

const june = datasetFromRecords(
  [
    {
      day: day('2019-06-28'),
      region: 'US',
      model: 'Model 3',
      values: { deliveries: 980, orders: 1200 },
    },
    { day: day('2019-06-29'), region: 'US', model: 'Model 3', values: { deliveries: 1050 } },
    { day: day('2019-06-29'), region: 'Norway', values: { deliveries: 180 } },
  ],
  ['june.csv'],
);
const revised = datasetFromRecords(
  [{ day: day('2019-06-29'), region: 'US', model: 'Model 3', values: { deliveries: 1062 } }],
  ['june-revised.csv'],
);

describe('exportDatasetsCsv', () => {
  it('writes the combined data daily-long, the later dataset winning, blanks left empty', () => {
    expect(exportDatasetsCsv([june, revised])).toBe(
      [
        'date,region,model,deliveries,orders',
        '2019-06-28,US,Model 3,980,1200',
        '2019-06-29,Norway,,180,',
        '2019-06-29,US,Model 3,1062,',
        '',
      ].join('\r\n'),
    );
  });

  it.each([
    [[], 'date,region,model\r\n'],
    [
      [
        datasetFromRecords([
          { day: 0, region: '=HYPERLINK("x")', model: 'S, X', values: { inventory: 2 } },
        ]),
      ],
      `date,region,model,inventory\r\n1970-01-01,"'=HYPERLINK(""x"")","S, X",2\r\n`,
    ],
  ])('writes %j safely', (datasets, expected) => {
    expect(exportDatasetsCsv(datasets)).toBe(expected);
  });

  it('reads back through the importer as the same records', () => {
    const spread = datasetFromRecords([
      {
        day: day('2019-04-01'),
        region: 'Norway',
        model: 'Model 3',
        values: { deliveries: 811 / 30, production: 0 },
      },
      {
        day: day('2019-04-02'),
        region: 'Norway',
        model: 'Model 3',
        values: { deliveries: 1010 / 31 },
      },
      { day: day('2019-04-02'), region: 'Åland', values: { backlog: 12000, unscheduled: 5000 } },
    ]);
    const csv = exportDatasetsCsv([spread]);
    const table = readTextTable(new TextEncoder().encode(csv), 'export.csv');
    expect(table.ok).toBe(true);
    if (!table.ok) return;
    const mapping = guessMapping(table.value);
    const normalised = normaliseTable(table.value, mapping, { duplicates: 'ask' });
    expect(normalised.ok).toBe(true);
    if (!normalised.ok) return;
    const strip = (records: DailyRecord[]) =>
      records.map(({ day: d, region, model, values }) => ({
        day: d,
        region,
        model: model ?? '',
        values,
      }));
    expect(strip(recordsFromDataset(datasetFromRecords(normalised.value.records)))).toEqual(
      strip(recordsFromDataset(spread)),
    );
  });
});

describe('exactNumber', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [1050, '1050'],
    [-12.5, '-12.5'],
    [1e-7, '0.0000001'],
    [1e21, '1000000000000000000000'],
    [NaN, ''],
    [Infinity, ''],
  ])('writes %d as %j', (value, text) => {
    expect(exactNumber(value)).toBe(text);
  });

  it('always reads back as the same number, with no exponent', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = exactNumber(value);
        expect(text).not.toMatch(/e/i);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe('exportFileName', () => {
  it('names the file after the day', () => {
    expect(exportFileName(day('2019-06-29'))).toBe('record-pace-data-2019-06-29.csv');
  });
});
