import fc from 'fast-check';
import { datasetFromRecords } from '../records/build-dataset';
import { dayFromIso } from '../records/calendar-day';
import type { DailyRecord, Dataset } from '../records/dataset';
import { MEASURES } from '../records/measures';
import { listPeriods } from './list-periods';
import { periodOf } from './periods';
import type { FiscalYearStartMonth, Period, PeriodKind } from './types';

function record(iso: string, deliveries: number | undefined, region = 'US'): DailyRecord {
  const day = dayFromIso(iso);
  if (day === null) throw new Error(`bad test date ${iso}`);
  return { day, region, values: deliveries === undefined ? {} : { deliveries } };
}

/** The plain reading: the period of every row holding a value, each once, oldest first. */
function referencePeriods(dataset: Dataset, kind: PeriodKind, fiscalStart: FiscalYearStartMonth) {
  const byId = new Map<string, Period>();
  dataset.days.forEach((day, row) => {
    const hasValue = MEASURES.some((measure) => {
      const column = dataset.measures[measure];
      return column !== undefined && !Number.isNaN(column[row]);
    });
    if (hasValue) byId.set(periodOf(day, kind, fiscalStart).id, periodOf(day, kind, fiscalStart));
  });
  return [...byId.values()].sort((a, b) => a.start - b.start);
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

  it.each<[string, DailyRecord[], string[]]>([
    ['an empty dataset', [], []],
    ['only blank rows', [record('2019-03-01', undefined), record('2019-05-01', undefined)], []],
    [
      // The search jumps past a period's end, then steps over blank rows one by one.
      'blank rows before, inside and after the periods',
      [
        record('2019-01-01', undefined),
        record('2019-01-02', undefined, 'NO'),
        record('2019-02-27', 7),
        record('2019-03-31', undefined),
        record('2019-04-01', undefined),
        record('2019-04-01', undefined, 'NO'),
        record('2019-06-30', 0),
        record('2019-12-31', undefined),
      ],
      ['2019-Q1', '2019-Q2'],
    ],
    [
      'the last day of one quarter and the first of the next',
      [record('2019-03-31', 1), record('2019-04-01', 1)],
      ['2019-Q1', '2019-Q2'],
    ],
    [
      'many rows on one day',
      ['US', 'NO', 'CN', 'DE'].map((r) => record('2019-05-05', 1, r)),
      ['2019-Q2'],
    ],
  ])('lists the quarters of %s', (_, records, ids) => {
    expect(listPeriods(datasetFromRecords(records), 'quarter').map((p) => p.id)).toEqual(ids);
  });

  const recordArbitrary: fc.Arbitrary<DailyRecord> = fc.record({
    // About three years around a leap day, so months and quarters of every length come up.
    day: fc.integer({ min: 18_200, max: 19_300 }),
    region: fc.constantFrom('US', 'NO', 'CN'),
    model: fc.constantFrom('', 'Model 3'),
    values: fc.dictionary(
      fc.constantFrom(...MEASURES),
      fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.constant(Number.NaN)),
      { maxKeys: 2 },
    ),
  });

  it('equals the period of every row holding a value, each once, oldest first', () => {
    fc.assert(
      fc.property(
        fc.array(recordArbitrary, { maxLength: 120 }),
        fc.constantFrom<PeriodKind>('quarter', 'month'),
        fc.integer({ min: 1, max: 12 }) as fc.Arbitrary<FiscalYearStartMonth>,
        (records, kind, fiscalStart) => {
          const data = datasetFromRecords(records);
          expect(listPeriods(data, kind, fiscalStart)).toEqual(
            referencePeriods(data, kind, fiscalStart),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
