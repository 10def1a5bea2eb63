import type { Dataset } from '../records/dataset';
import { MEASURES } from '../records/measures';

type Column = ArrayLike<number>;

function sameColumn(a: Column | undefined, b: Column | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  // Object.is: a blank (NaN) equals a blank, and 0 and -0 are told apart like any other change.
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, i) => text === b[i]);
}

/** Whether two datasets hold exactly the same values: used to confirm a write by reading it back. */
export function sameDataset(a: Dataset, b: Dataset): boolean {
  return (
    sameColumn(a.days, b.days) &&
    sameColumn(a.regionIndex, b.regionIndex) &&
    sameColumn(a.modelIndex, b.modelIndex) &&
    sameColumn(a.granularity, b.granularity) &&
    sameTexts(a.regions, b.regions) &&
    sameTexts(a.models, b.models) &&
    sameTexts(a.sources, b.sources) &&
    MEASURES.every((measure) => sameColumn(a.measures[measure], b.measures[measure]))
  );
}
