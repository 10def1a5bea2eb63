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

interface Accumulator {
  records: Map<string, DailyRecord>;
}

function add(
  into: Accumulator,
  day: CalendarDay,
  region: string,
  model: string,
  granularity: number,
  values: Partial<Record<Measure, number>>,
): void {
  const key = `${day}\u0000${region}\u0000${model}`;
  let record = into.records.get(key);
  if (!record) {
    record = { day, region, model, granularity: 'day', values: {} };
    into.records.set(key, record);
  }
  const current = GRANULARITY_CODES.indexOf(record.granularity ?? 'day');
  if (granularity > current) record.granularity = GRANULARITY_CODES[granularity] ?? 'day';
  for (const measure of MEASURES) {
    const value = values[measure];
    if (value === undefined) continue;
    record.values[measure] = (record.values[measure] ?? 0) + value;
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
  const into: Accumulator = { records: new Map() };

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
    const kept = inPeriod ? values : historyValues(values);
    // A row without values is no data; the region it names is listed below.
    if (kept === null || Object.keys(kept).length === 0) continue;
    add(
      into,
      day,
      unitOf(region),
      inPeriod ? (dataset.models[model] ?? '') : historyModel,
      dataset.granularity[row] as number,
      kept,
    );
  }

  const records = [...into.records.values()];
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
