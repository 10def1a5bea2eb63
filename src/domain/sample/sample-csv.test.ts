import { dayFromIso } from '../records/calendar-day';
import type { DailyRecord } from '../records/dataset';
import { SAMPLE_CSV_HEADER, sampleToCsv } from './sample-csv';

function record(iso: string, region: string, values: DailyRecord['values'], model?: string) {
  return { day: dayFromIso(iso) ?? Number.NaN, region, model, values } satisfies DailyRecord;
}

describe('sample CSV', () => {
  it('starts with the header the importer expects', () => {
    expect(SAMPLE_CSV_HEADER).toBe(
      'date,region,model,deliveries,production,orders,backlog,unscheduled',
    );
    expect(sampleToCsv([])).toBe(`${SAMPLE_CSV_HEADER}\n`);
  });

  it.each([
    [
      record(
        '2019-06-29',
        'US',
        { deliveries: 1203, production: 980, orders: 655, backlog: 12034, unscheduled: 4977 },
        'Model 3',
      ),
      '2019-06-29,US,Model 3,1203,980,655,12034,4977',
    ],
    [
      record(
        '2019-03-31',
        'NO',
        { deliveries: 0, orders: 12, backlog: 0, unscheduled: 0 },
        'Model S/X',
      ),
      '2019-03-31,NO,Model S/X,0,,12,0,0',
    ],
    [record('2019-01-01', 'CN', { deliveries: 5 }), '2019-01-01,CN,,5,,,,'],
    [
      record('2019-01-01', 'Korea, Republic of', { deliveries: 1 }, 'Model "3"'),
      '2019-01-01,"Korea, Republic of","Model ""3""",1,,,,',
    ],
  ])('writes %j as %s', (input, line) => {
    expect(sampleToCsv([input])).toBe(`${SAMPLE_CSV_HEADER}\n${line}\n`);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d cars as a bug', (count) => {
    expect(() => sampleToCsv([record('2019-01-01', 'US', { deliveries: count })])).toThrow(
      RangeError,
    );
  });
});
