import fc from 'fast-check';
import { dayFromIso } from '../records/calendar-day';
import { chartCsv, exactNumber, type CsvColumn } from './chart-csv';

const columns: CsvColumn[] = [
  { key: 'day', label: 'Date', kind: 'day' },
  { key: 'deliveries', label: 'Deliveries', kind: 'number' },
  { key: 'share', label: 'Share of the quarter', kind: 'percent' },
  { key: 'region', label: 'Region', kind: 'text' },
];

describe('chart CSV', () => {
  it('writes the labels, ISO days, exact numbers and empty cells for none, with CRLF', () => {
    const csv = chartCsv(columns, [
      { day: dayFromIso('2019-06-29'), deliveries: 1240.5714285714287, share: 0.41, region: 'US' },
      { day: dayFromIso('2019-06-30'), deliveries: null, share: null, region: null },
    ]);
    expect(csv).toBe(
      'Date,Deliveries,Share of the quarter,Region\r\n' +
        '2019-06-29,1240.5714285714287,0.41,US\r\n' +
        '2019-06-30,,,\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rReturn', `"'\rReturn"`],
    ['\nFeed', `"'\nFeed"`],
    ['-12', '-12'],
    ['Norway, Oslo', '"Norway, Oslo"'],
    ['Model "3"', '"Model ""3"""'],
  ])('defuses and quotes the text %j as %j', (text, cell) => {
    const csv = chartCsv([{ key: 'region', label: 'Region', kind: 'text' }], [{ region: text }]);
    expect(csv).toBe(`Region\r\n${cell}\r\n`);
  });

  it('defuses a label that looks like a formula', () => {
    expect(chartCsv([{ key: 'a', label: '=cmd', kind: 'number' }], [])).toBe("'=cmd\r\n");
  });

  it('keeps every number exactly: reading the cell back gives the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const csv = chartCsv([{ key: 'v', label: 'V', kind: 'number' }], [{ v: value }]);
        const cell = csv.split('\r\n')[1] as string;
        expect(cell).not.toMatch(/e/i);
        expect(Number(cell)).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it.each([
    [0, '0'],
    [-0, '0'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [Infinity, ''],
  ])('writes %d as %j', (value, text) => {
    expect(exactNumber(value)).toBe(text);
  });
});
