import type { Dataset, DailyRecord, Granularity } from './dataset';
import { allocateDataset, GRANULARITY_CODES } from './dataset';
import { MEASURES, type Measure } from './measures';

function keyOf(day: number, region: string, model: string): string {
  return `${day}\u0000${region}\u0000${model}`;
}

/**
 * Builds a dataset from plain records. Records with the same day, region and model are added
 * together measure by measure (a blank plus a number is the number). Callers that must report
 * such duplicates (the importer) detect them before calling this.
 */
export function datasetFromRecords(
  records: readonly DailyRecord[],
  sources: string[] = [],
): Dataset {
  const merged = new Map<string, DailyRecord>();
  const present = new Set<Measure>();
  for (const record of records) {
    const model = record.model ?? '';
    const key = keyOf(record.day, record.region, model);
    const existing = merged.get(key);
    for (const measure of MEASURES) if (record.values[measure] !== undefined) present.add(measure);
    if (!existing) {
      merged.set(key, { ...record, model, values: { ...record.values } });
      continue;
    }
    for (const measure of MEASURES) {
      const value = record.values[measure];
      if (value === undefined || Number.isNaN(value)) continue;
      existing.values[measure] = (existing.values[measure] ?? 0) + value;
    }
  }

  const regions = [...new Set([...merged.values()].map((r) => r.region))].sort();
  const models = [...new Set([...merged.values()].map((r) => r.model ?? ''))].sort();
  const regionPosition = new Map(regions.map((r, i) => [r, i]));
  const modelPosition = new Map(models.map((m, i) => [m, i]));

  const sorted = [...merged.values()].sort(
    (a, b) =>
      a.day - b.day ||
      (regionPosition.get(a.region) ?? 0) - (regionPosition.get(b.region) ?? 0) ||
      (modelPosition.get(a.model ?? '') ?? 0) - (modelPosition.get(b.model ?? '') ?? 0),
  );

  const size = sorted.length;
  const dataset = allocateDataset(size, regions, models, present, sources);

  sorted.forEach((record, i) => {
    dataset.days[i] = record.day;
    dataset.regionIndex[i] = regionPosition.get(record.region) ?? 0;
    dataset.modelIndex[i] = modelPosition.get(record.model ?? '') ?? 0;
    dataset.granularity[i] = GRANULARITY_CODES.indexOf(record.granularity ?? 'day');
    for (const measure of present) {
      const value = record.values[measure];
      const column = dataset.measures[measure];
      if (column && value !== undefined) column[i] = value;
    }
  });
  return dataset;
}

export function recordsFromDataset(dataset: Dataset): DailyRecord[] {
  const records: DailyRecord[] = [];
  for (let i = 0; i < dataset.days.length; i++) {
    const values: Partial<Record<Measure, number>> = {};
    for (const measure of MEASURES) {
      const value = dataset.measures[measure]?.[i];
      if (value !== undefined && !Number.isNaN(value)) values[measure] = value;
    }
    records.push({
      day: dataset.days[i] ?? 0,
      region: dataset.regions[dataset.regionIndex[i] ?? 0] ?? '',
      model: dataset.models[dataset.modelIndex[i] ?? 0] ?? '',
      granularity: GRANULARITY_CODES[dataset.granularity[i] ?? 0] ?? ('day' as Granularity),
      values,
    });
  }
  return records;
}

export function emptyDataset(): Dataset {
  return datasetFromRecords([]);
}
