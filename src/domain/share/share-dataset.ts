import type { Selection } from '../metrics/types';
import type { Period } from '../periods/types';
import { datasetFromRecords } from '../records/build-dataset';
import type { CalendarDay } from '../records/calendar-day';
import { GRANULARITY_CODES, type Dataset, type DailyRecord } from '../records/dataset';
import { MEASURES, type Measure } from '../records/measures';
import { CONTINENTS, continentOf } from '../records/regions';
import { firstDataDay, lastDataDay, rowMask, type RowMask } from '../records/select';

const CONTINENT_NAMES: ReadonlySet<string> = new Set(CONTINENTS);

/**
 * The region a row is carried under. With all regions selected, the dashboard shows continents,
 * so countries are added up into their continent. A region the selection names is kept as it
 * is; the others it picks through a continent are added up into that continent. Continent names
 * roll up to themselves, so the receiver's selection picks exactly the same rows.
 */
function unitNamer(dataset: Dataset, selection: Selection): (regionIndex: number) => string {
  const named = new Set(selection.regions.filter((region) => !CONTINENT_NAMES.has(region)));
  const units = dataset.regions.map((region) => (named.has(region) ? region : continentOf(region)));
  return (regionIndex) => units[regionIndex] ?? '';
}

interface Kept {
  day: CalendarDay;
  region: number;
  model: number;
  granularity: number;
  inPeriod: boolean;
  values: Partial<Record<Measure, number>>;
}

function keyOf(day: CalendarDay, region: string, model: string): string {
  return `${day}\u0000${region}\u0000${model}`;
}

function add(into: Map<string, DailyRecord>, record: DailyRecord, values: Kept['values']): void {
  const key = keyOf(record.day, record.region, record.model ?? '');
  let sum = into.get(key);
  if (!sum) {
    sum = { ...record, values: {} };
    into.set(key, sum);
  }
  for (const measure of MEASURES) {
    const value = values[measure];
    if (value === undefined) continue;
    sum.values[measure] = (sum.values[measure] ?? 0) + value;
  }
}

/**
 * The data a shared view needs, and no more:
 * - in the period, every measure of the selected rows, per region (as above) and model: the KPIs,
 *   the daily and burn-down charts, the region charts and the model mix;
 * - outside it, the selected rows' daily deliveries per region, models added up: the record, the
 *   best day, the earlier periods of the cumulative chart and the end-of-period shares;
 * - the data's first and last day, when the selected rows do not reach them: they decide whether
 *   the period is over (as of = its end) and which quarters are complete. They are kept as a 0 in
 *   a row the selection does not pick (with everything selected, every day with data is kept);
 * - the name of every selected region.
 */
export function shareDataset(dataset: Dataset, period: Period, selection: Selection): Dataset {
  const mask = rowMask(dataset, selection);
  const unitOf = unitNamer(dataset, selection);
  const historyModel = dataset.models.find((_, i) => mask.models[i] === 1) ?? '';
  const columns = MEASURES.flatMap((measure) => {
    const values = dataset.measures[measure];
    return values ? [{ measure, values }] : [];
  });
  const kept: Kept[] = [];
  for (let row = 0; row < dataset.days.length; row++) {
    const region = dataset.regionIndex[row] as number;
    const model = dataset.modelIndex[row] as number;
    if (!mask.everything && (mask.regions[region] !== 1 || mask.models[model] !== 1)) continue;
    const day = dataset.days[row] as number;
    const inPeriod = day >= period.start && day <= period.end;
    const values: Partial<Record<Measure, number>> = {};
    for (const { measure, values: column } of columns) {
      const value = column[row] as number;
      if (!Number.isNaN(value)) values[measure] = value;
    }
    const carried = inPeriod ? values : historyValues(values);
    // A row without values is no data; the region it names is listed below.
    if (carried === null || Object.keys(carried).length === 0) continue;
    const granularity = dataset.granularity[row] as number;
    kept.push({ day, region, model, granularity, inPeriod, values: carried });
  }

  const unitKey = (entry: Kept) =>
    keyOf(
      entry.day,
      unitOf(entry.region),
      entry.inPeriod ? (dataset.models[entry.model] ?? '') : historyModel,
    );
  // A dataset row holds one granularity, and the KPIs tell daily rows mixed with monthly ones
  // apart: rows that would add up across granularities keep their own region and model instead.
  const granularities = new Map<string, number>();
  for (const entry of kept) {
    const key = unitKey(entry);
    granularities.set(key, (granularities.get(key) ?? 0) | (1 << entry.granularity));
  }
  const into = new Map<string, DailyRecord>();
  for (const entry of kept) {
    const bits = granularities.get(unitKey(entry)) ?? 0;
    const mixed = (bits & (bits - 1)) !== 0;
    const region = mixed ? (dataset.regions[entry.region] ?? '') : unitOf(entry.region);
    const model = mixed || entry.inPeriod ? (dataset.models[entry.model] ?? '') : historyModel;
    const granularity = GRANULARITY_CODES[entry.granularity] ?? 'day';
    add(into, { day: entry.day, region, model, granularity, values: {} }, entry.values);
  }

  const records = [...into.values()];
  records.push(...boundMarkers(dataset, mask, unitOf, records));
  // The region charts and picker list every region of the data, with values or not: a selected
  // region without a kept row is still listed, by a row without values (which is no data).
  const listed = new Set(records.map((record) => record.region));
  dataset.regions.forEach((_, region) => {
    const unit = unitOf(region);
    if (mask.regions[region] !== 1 || listed.has(unit)) return;
    listed.add(unit);
    records.push({ day: period.start, region: unit, model: historyModel, values: {} });
  });
  return datasetFromRecords(records, [...dataset.sources]);
}

/**
 * Outside the period only deliveries are read. A day with other values alone is still a day with
 * data (an earlier period drawn, the first and last day), so one of them keeps it so.
 */
function historyValues(
  values: Partial<Record<Measure, number>>,
): Partial<Record<Measure, number>> | null {
  if (values.deliveries !== undefined) return { deliveries: values.deliveries };
  for (const measure of MEASURES) {
    const value = values[measure];
    if (value !== undefined) return { [measure]: value };
  }
  return null;
}

function boundMarkers(
  dataset: Dataset,
  mask: RowMask,
  unitOf: (regionIndex: number) => string,
  records: readonly DailyRecord[],
): DailyRecord[] {
  if (mask.everything) return [];
  const first = firstDataDay(dataset);
  const last = lastDataDay(dataset);
  if (first === null || last === null) return [];
  let keptFirst = Infinity;
  let keptLast = -Infinity;
  for (const record of records) {
    keptFirst = Math.min(keptFirst, record.day);
    keptLast = Math.max(keptLast, record.day);
  }
  const needed: CalendarDay[] = [];
  if (first < keptFirst) needed.push(first);
  if (last > keptLast && !needed.includes(last)) needed.push(last);
  const place = unpickedPlace(dataset, mask, unitOf);
  return needed.map((day) => ({ day, ...place, values: { deliveries: 0 } }));
}

/** A region and model the selection does not pick, named so the receiver does not pick it. */
function unpickedPlace(
  dataset: Dataset,
  mask: RowMask,
  unitOf: (regionIndex: number) => string,
): { region: string; model: string } {
  const region = mask.regions.indexOf(0);
  if (region >= 0) return { region: dataset.regions[region] ?? '', model: dataset.models[0] ?? '' };
  return { region: unitOf(0), model: dataset.models[mask.models.indexOf(0)] ?? '' };
}
