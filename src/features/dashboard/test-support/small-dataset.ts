import { datasetFromRecords } from '../../../domain/records/build-dataset';
import { dayFromIso } from '../../../domain/records/calendar-day';
import type { DailyRecord } from '../../../domain/records/dataset';

function day(iso: string): number {
  const value = dayFromIso(iso);
  if (value === null) throw new Error(`bad test date ${iso}`);
  return value;
}

/**
 * Two quarters of 2019 in the US, Norway and France with two models: small enough to reason
 * about in component tests (Q1: 1,000 + 500 + 300 a day for 3 days; Q2 until June 29).
 */
export function smallDataset() {
  const rows: DailyRecord[] = [];
  const add = (iso: string, region: string, model: string, deliveries: number) =>
    rows.push({
      day: day(iso),
      region,
      model,
      values: { deliveries, production: deliveries + 10 },
    });
  for (const iso of ['2019-03-29', '2019-03-30', '2019-03-31']) {
    add(iso, 'US', 'Model 3', 1000);
    add(iso, 'NO', 'Model 3', 500);
    add(iso, 'France', 'Model S', 300);
  }
  for (const iso of ['2019-06-27', '2019-06-28', '2019-06-29']) {
    add(iso, 'US', 'Model 3', 900);
    add(iso, 'NO', 'Model S', 400);
    add(iso, 'France', 'Model 3', 200);
  }
  return datasetFromRecords(rows, ['small.csv']);
}
