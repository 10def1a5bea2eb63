import type { Dataset } from '../records/dataset';
import { MEASURES } from '../records/measures';

type Column = ArrayLike<number>;

/**
 * Identical bytes in typed arrays of one kind hold identical values: one monomorphic pass over
 * bytes instead of a call per value (a write is read back on the page, where that took ~25 ms
 * for a year of per-country data).
 */
function sameBytes(a: Column, b: Column): boolean {
  if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a.byteLength !== b.byteLength) return false;
  const left = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const right = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return false;
  return true;
}

function sameColumn(a: Column | undefined, b: Column | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  if (sameBytes(a, b)) return true;
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
