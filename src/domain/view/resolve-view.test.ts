import { datasetFromRecords } from '../records/build-dataset';
import { dayFromIso } from '../records/calendar-day';
import type { DailyRecord } from '../records/dataset';
import { defaultPeriod, periodOptions, resolveView, withFiscalStart } from './resolve-view';
import { DEFAULT_VIEW, withSettings, type ViewState } from './view-state';

function day(iso: string): number {
  const value = dayFromIso(iso);
  if (value === null) throw new Error(`bad test date ${iso}`);
  return value;
}

const records: DailyRecord[] = [
  { day: day('2019-02-10'), region: 'NO', values: { deliveries: 10 } },
  { day: day('2019-05-03'), region: 'US', values: { deliveries: 20 } },
  { day: day('2019-06-29'), region: 'US', values: { deliveries: 30 } },
  // A row with only blanks must not make July the latest data day.
  { day: day('2019-07-02'), region: 'US', values: { deliveries: Number.NaN } },
];
const dataset = datasetFromRecords(records, ['test.csv']);

describe('resolving the view against the data', () => {
  it('lists the quarters and months with data, newest first', () => {
    const options = periodOptions(dataset, 1);
    expect(options.quarters.map((p) => p.id)).toEqual(['2019-Q2', '2019-Q1']);
    expect(options.months.map((p) => p.id)).toEqual(['2019-06', '2019-05', '2019-02']);
  });

  it('opens on the quarter of the latest data day with all regions and models', () => {
    const resolved = resolveView(DEFAULT_VIEW, dataset);
    expect(resolved?.period.id).toBe('2019-Q2');
    expect(resolved?.selection).toEqual({ regions: [], models: [] });
    expect(resolved?.settings).toEqual({});
    expect(resolved?.notes).toEqual([]);
  });

  it.each<[string, Partial<ViewState>, string, number]>([
    ['a month of the data', { periodId: '2019-05' }, '2019-05', 0],
    ['a quarter of the data', { periodId: '2019-Q1' }, '2019-Q1', 0],
    ['a period without data', { periodId: '2018-Q4' }, '2019-Q2', 1],
    [
      'a fiscal quarter under a fiscal start',
      { periodId: 'FY2020-Q1', fiscalStart: 4 },
      'FY2020-Q1',
      0,
    ],
    [
      'a fiscal id under calendar quarters',
      { periodId: 'FY2020-Q3', fiscalStart: 1 },
      '2019-Q2',
      1,
    ],
  ])('takes %s', (_case, view, periodId, noteCount) => {
    const resolved = resolveView({ ...DEFAULT_VIEW, ...view }, dataset);
    expect(resolved?.period.id).toBe(periodId);
    expect(resolved?.notes).toHaveLength(noteCount);
  });

  it('finds the settings of the period and selection', () => {
    const view = withSettings(
      { ...DEFAULT_VIEW, regions: ['US'], periodId: '2019-Q2' },
      '2019-Q2',
      { regions: ['US'], models: [] },
      { goal: { low: 100 } },
    );
    expect(resolveView(view, dataset)?.settings).toEqual({ goal: { low: 100 } });
    expect(resolveView({ ...view, regions: [] }, dataset)?.settings).toEqual({});
  });

  it('has nothing to show for a dataset without values', () => {
    expect(resolveView(DEFAULT_VIEW, datasetFromRecords([]))).toBeNull();
    expect(defaultPeriod(datasetFromRecords([]), 1)).toBeNull();
  });

  it.each<[string | null, number, string | null]>([
    ['2019-Q2', 4, 'FY2020-Q1'],
    ['2019-Q1', 2, 'FY2020-Q1'],
    ['2019-06', 4, '2019-06'],
    [null, 4, null],
  ])(
    'moves %s to the fiscal scheme starting in month %i as %s',
    (periodId, fiscalStart, expected) => {
      const view = { ...DEFAULT_VIEW, periodId };
      const current = resolveView(view, dataset)?.period;
      if (!current) throw new Error('no period');
      const next = withFiscalStart(view, dataset, current, fiscalStart as 4);
      expect(next.periodId).toBe(expected);
      expect(next.fiscalStart).toBe(fiscalStart);
    },
  );
});
