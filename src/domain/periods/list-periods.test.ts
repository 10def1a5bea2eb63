import { datasetFromRecords } from '../records/build-dataset';
import { dayFromIso } from '../records/calendar-day';
import type { DailyRecord } from '../records/dataset';
import { listPeriods } from './list-periods';
import type { FiscalYearStartMonth, PeriodKind } from './types';

function record(iso: string, deliveries: number | undefined, region = 'US'): DailyRecord {
  const day = dayFromIso(iso);
  if (day === null) throw new Error(`bad test date ${iso}`);
  return { day, region, values: deliveries === undefined ? {} : { deliveries } };
}

describe('listPeriods', () => {
  const dataset = datasetFromRecords([
    record('2019-12-31', 1, 'NO'),
    record('2019-06-30', 5),
    record('2019-06-01', 4),
    record('2019-07-01', 3),
    record('2019-02-14', 2, 'CN'),
    // A row of blank cells holds no data and makes no period.
    record('2020-05-01', undefined),
  ]);

  it.each<[PeriodKind, FiscalYearStartMonth, string[]]>([
    ['quarter', 1, ['2019-Q1', '2019-Q2', '2019-Q3', '2019-Q4']],
    ['month', 1, ['2019-02', '2019-06', '2019-07', '2019-12']],
    ['quarter', 10, ['FY2019-Q2', 'FY2019-Q3', 'FY2019-Q4', 'FY2020-Q1']],
    ['quarter', 7, ['FY2019-Q3', 'FY2019-Q4', 'FY2020-Q1', 'FY2020-Q2']],
    ['month', 7, ['2019-02', '2019-06', '2019-07', '2019-12']],
  ])('lists the %s periods with fiscal start %i', (kind, start, ids) => {
    expect(listPeriods(dataset, kind, start).map((p) => p.id)).toEqual(ids);
  });

  it('lists nothing for an empty dataset', () => {
    expect(listPeriods(datasetFromRecords([]), 'quarter')).toEqual([]);
  });
});
