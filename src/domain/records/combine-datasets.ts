import { emptyDataset } from './build-dataset';
import { allocateDataset, type Dataset } from './dataset';
import { MEASURES, type Measure } from './measures';

function sortedUnion(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort();
}

/**
 * Puts several datasets together, the later one winning per day × region × model: a record of
 * a later dataset replaces the earlier record whole (all its measures), so a newer export of
 * the same figures never adds to the older one. Sources are listed in order, each once.
 */
export function combineDatasets(entries: readonly Dataset[]): Dataset {
  const regions = sortedUnion(entries.map((entry) => entry.regions));
  const models = sortedUnion(entries.map((entry) => entry.models));
  const sources = [...new Set(entries.flatMap((entry) => entry.sources))];
  if (entries.every((entry) => entry.days.length === 0)) return { ...emptyDataset(), sources };

  const regionPosition = new Map(regions.map((region, i) => [region, i]));
  const modelPosition = new Map(models.map((model, i) => [model, i]));
  const regionCount = Math.max(regions.length, 1);
  const modelCount = Math.max(models.length, 1);

  // One number per (day, region, model) whose numeric order is the dataset's row order: days
  // stay well inside ±2^21 and the other two below 2^16 each, so it is exact in a double.
  const winner = new Map<number, { entry: number; row: number; region: number; model: number }>();
  entries.forEach((entry, entryIndex) => {
    const regionMap = entry.regions.map((region) => regionPosition.get(region) ?? 0);
    const modelMap = entry.models.map((model) => modelPosition.get(model) ?? 0);
    for (let row = 0; row < entry.days.length; row++) {
      const region = regionMap[entry.regionIndex[row] ?? 0] ?? 0;
      const model = modelMap[entry.modelIndex[row] ?? 0] ?? 0;
      const key = ((entry.days[row] ?? 0) * regionCount + region) * modelCount + model;
      winner.set(key, { entry: entryIndex, row, region, model });
    }
  });

  const keys = [...winner.keys()].sort((a, b) => a - b);
  const present = MEASURES.filter((measure) =>
    entries.some((entry) => entry.measures[measure] !== undefined),
  );
  const size = keys.length;
  const combined = allocateDataset(size, regions, models, present, sources);

  keys.forEach((key, i) => {
    const { entry: entryIndex, row, region, model } = winner.get(key)!;
    const entry = entries[entryIndex]!;
    combined.days[i] = entry.days[row] ?? 0;
    combined.regionIndex[i] = region;
    combined.modelIndex[i] = model;
    combined.granularity[i] = entry.granularity[row] ?? 0;
    for (const measure of present) copyValue(combined, entry, measure, i, row);
  });
  return combined;
}

function copyValue(target: Dataset, source: Dataset, measure: Measure, at: number, row: number) {
  const column = target.measures[measure];
  const value = source.measures[measure]?.[row];
  if (column && value !== undefined) column[at] = value;
}
