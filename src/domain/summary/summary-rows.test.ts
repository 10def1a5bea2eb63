import { periodById } from '../periods';
import { datasetFromRecords } from '../records/build-dataset';
import { dayFromIso } from '../records/calendar-day';
import type { DailyRecord } from '../records/dataset';
import { summaryCsv } from './summary-csv';
import { ALL_SELECTED } from './summary-row';
import { summaryFileName, summaryRows } from './summary-rows';

function day(iso: string): number {
  const value = dayFromIso(iso);
  if (value === null) throw new Error(`bad test date ${iso}`);
  return value;
}

/** Q1: US 100 + NO 50 per day for two days. Q2: US 60 + NO 30 on two days in June. */
const records: DailyRecord[] = [
  ...['2019-03-01', '2019-03-02'].flatMap((iso) => [
    { day: day(iso), region: 'US', model: 'Model 3', values: { deliveries: 100, production: 120 } },
    { day: day(iso), region: 'NO', model: 'Model 3', values: { deliveries: 50, production: 40 } },
  ]),
  ...['2019-06-28', '2019-06-29'].flatMap((iso) => [
    { day: day(iso), region: 'US', model: 'Model 3', values: { deliveries: 60, production: 70 } },
    { day: day(iso), region: 'NO', model: 'Model S', values: { deliveries: 30, production: 20 } },
  ]),
];
const dataset = datasetFromRecords(records, ['test.csv']);
const q2 = periodById('2019-Q2');
if (!q2) throw new Error('no 2019-Q2');

describe('summary rows', () => {
  it('has a row per continent present and one for the whole selection when all regions are selected', () => {
    const rows = summaryRows(dataset, q2, { regions: [], models: [] }, {});
    expect(rows.map((row) => [row.region, row.deliveriesToDate, row.productionToDate])).toEqual([
      ['North America', 120, 140],
      ['Europe', 60, 40],
      [ALL_SELECTED, 180, 180],
    ]);
    expect(rows.every((row) => row.period === '2019-Q2' && row.asOf === day('2019-06-29'))).toBe(
      true,
    );
    expect(rows.map((row) => [row.targetKind, row.target])).toEqual([
      ['record', 200],
      ['record', 100],
      ['record', 300],
    ]);
    expect(rows.map((row) => row.bestDay)).toEqual([100, 50, 150]);
  });

  it('has a row per selected region, without repeats, and applies the models to each', () => {
    const rows = summaryRows(dataset, q2, { regions: ['US', 'NO', 'US'], models: ['Model 3'] }, {});
    expect(rows.map((row) => [row.region, row.deliveriesToDate])).toEqual([
      ['US', 120],
      ['NO', 0],
      [ALL_SELECTED, 120],
    ]);
  });

  it('uses the selection settings for the whole selection and per-region settings only when given', () => {
    const selection = { regions: ['US', 'NO'], models: [] };
    const goal = { goal: { low: 1000, high: 1200 } };
    const plain = summaryRows(dataset, q2, selection, goal);
    expect(plain.map((row) => [row.targetKind, row.target, row.remaining])).toEqual([
      ['record', 200, 80],
      ['record', 100, 40],
      ['goal', 1000, 820],
    ]);
    const perRegion = summaryRows(dataset, q2, selection, goal, {
      settingsForRegion: (region) => (region === 'US' ? { recordOverride: 500 } : {}),
    });
    expect(perRegion[0]).toMatchObject({ target: 500, remaining: 380, targetKind: 'record' });
  });

  it('gives the chance in percent and says how many days are left', () => {
    const row = summaryRows(
      dataset,
      q2,
      { regions: ['US'], models: [] },
      { goal: { low: 150 } },
    ).at(-1);
    expect(row?.daysLeft).toBe(1);
    expect(row?.remaining).toBe(30);
    // Of the last 14 days only 2 delivered (60 each, the rest 0): about 2 endings in 14 make it.
    expect(row?.chanceToReachTarget).toBeGreaterThan(10);
    expect(row?.chanceToReachTarget).toBeLessThan(20);
  });

  it('writes a CSV line per row and names the file after the period', () => {
    const csv = summaryCsv(summaryRows(dataset, q2, { regions: [], models: [] }, {}));
    expect(csv.trimEnd().split('\r\n')).toHaveLength(4);
    expect(csv.trimEnd().split('\r\n').slice(1)).toEqual([
      '2019-Q2,North America,2019-06-29,120,140,200,record,80,1,80,17.14,137.14,0,,20,100',
      '2019-Q2,Europe,2019-06-29,60,40,100,record,40,1,40,8.57,68.57,0,,-20,50',
      '2019-Q2,All selected,2019-06-29,180,180,300,record,120,1,120,25.71,205.71,0,,0,150',
    ]);
    expect(summaryFileName(q2)).toBe('record-pace-summary-2019-Q2.csv');
  });
});
