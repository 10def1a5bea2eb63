import { datasetFromRecords } from '../records/build-dataset';
import { dayFromIso, type CalendarDay } from '../records/calendar-day';
import type { Dataset, DailyRecord, Granularity } from '../records/dataset';
import type { Measure } from '../records/measures';

/** Test data builders for the metric engine's tests. Not used by the app. */
export function day(iso: string): CalendarDay {
  const parsed = dayFromIso(iso);
  if (parsed === null) throw new Error(`bad test date ${iso}`);
  return parsed;
}

export interface DaysSpec {
  from: string;
  to: string;
  region?: string;
  model?: string;
  granularity?: Granularity;
  /** The values of each day, given the day's index from `from` (0, 1, …). */
  values: (index: number) => Partial<Record<Measure, number>>;
}

/** One record per day from `from` to `to`, inclusive. */
export function days(spec: DaysSpec): DailyRecord[] {
  const records: DailyRecord[] = [];
  for (let d = day(spec.from), i = 0; d <= day(spec.to); d++, i++) {
    records.push({
      day: d,
      region: spec.region ?? 'US',
      model: spec.model ?? '',
      granularity: spec.granularity ?? 'day',
      values: spec.values(i),
    });
  }
  return records;
}

/** A period's total spread evenly over its days, as the importer does with monthly figures. */
export function spread(
  from: string,
  to: string,
  total: number,
  rest: Omit<DaysSpec, 'from' | 'to' | 'values'> & { measure?: Measure } = {},
): DailyRecord[] {
  const count = day(to) - day(from) + 1;
  return days({
    ...rest,
    from,
    to,
    values: () => ({ [rest.measure ?? 'deliveries']: total / count }),
  });
}

export function dataset(...groups: DailyRecord[][]): Dataset {
  return datasetFromRecords(groups.flat());
}
