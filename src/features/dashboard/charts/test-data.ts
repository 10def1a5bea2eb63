import type { Kpis, Selection, TargetSettings } from '../../../domain/metrics';
import { computeKpis } from '../../../domain/metrics';
import { periodById, type Period } from '../../../domain/periods';
import {
  dayFromIso,
  datasetFromRecords,
  type CalendarDay,
  type Dataset,
  type DailyRecord,
} from '../../../domain/records';

/** Test data for the chart tests: small enough to check every table row by hand. */
export function day(iso: string): CalendarDay {
  const parsed = dayFromIso(iso);
  if (parsed === null) throw new Error(`bad test date ${iso}`);
  return parsed;
}

function daily(
  from: string,
  to: string,
  region: string,
  model: string,
  values: DailyRecord['values'],
): DailyRecord[] {
  const records: DailyRecord[] = [];
  for (let d = day(from); d <= day(to); d++) records.push({ day: d, region, model, values });
  return records;
}

/**
 * May 2019 (the record month): US 100 a day, Norway 50 a day → 4,650.
 * June 2019 up to the 10th: US 120 a day (Model 3), Norway 60 a day (Model S) → 1,800;
 * production 200 a day in the US, a backlog level of 3,000 in the US on each June day.
 */
export function smallDataset(): Dataset {
  return datasetFromRecords(
    [
      ...daily('2019-05-01', '2019-05-31', 'US', 'Model 3', { deliveries: 100 }),
      ...daily('2019-05-01', '2019-05-31', 'NO', 'Model S', { deliveries: 50 }),
      ...daily('2019-06-01', '2019-06-10', 'US', 'Model 3', {
        deliveries: 120,
        production: 200,
        backlog: 3000,
      }),
      ...daily('2019-06-01', '2019-06-10', 'NO', 'Model S', { deliveries: 60 }),
    ],
    ['june.csv', 'may.xlsx'],
  );
}

export function june(): Period {
  const period = periodById('2019-06');
  if (!period) throw new Error('no period 2019-06');
  return period;
}

export const EVERYTHING: Selection = { regions: [], models: [] };

export function kpisOf(
  dataset: Dataset,
  period: Period,
  selection: Selection = EVERYTHING,
  settings: TargetSettings = {},
): Kpis {
  return computeKpis(dataset, period, selection, settings, { simulate: false });
}
