import type { PeriodScan } from './period-scan';

export type LevelSource = 'measure' | 'derived';

/** A stock measure day by day up to as of; null where neither the measure nor a derivation exists. */
export interface Levels {
  values: (number | null)[];
  sources: (LevelSource | null)[];
}

/**
 * Levels (backlog, inventory) are read on a day, never added up over days. Where the measure has
 * a value on a day it is that day's level, summed over the selection's regions and models; on
 * other days the level is derived from flows since the period's start, when those flows exist.
 */
function levels(
  scan: PeriodScan,
  measured: Float64Array,
  measuredPresent: Uint8Array,
  derive: ((index: number) => number) | null,
): Levels {
  const values: (number | null)[] = new Array<number | null>(scan.length).fill(null);
  const sources: (LevelSource | null)[] = new Array<LevelSource | null>(scan.length).fill(null);
  for (let i = 0; i <= scan.asOfIndex; i++) {
    if (measuredPresent[i] === 1) {
      values[i] = measured[i] ?? 0;
      sources[i] = 'measure';
    } else if (derive) {
      values[i] = derive(i);
      sources[i] = 'derived';
    }
  }
  return { values, sources };
}

function runningTotals(daily: Float64Array, upTo: number): Float64Array {
  const totals = new Float64Array(daily.length);
  let total = 0;
  for (let i = 0; i <= upTo && i < daily.length; i++) {
    total += daily[i] ?? 0;
    totals[i] = total;
  }
  return totals;
}

/** Open backlog: the backlog measure, else opening backlog + orders − deliveries since the start. */
export function backlogLevels(scan: PeriodScan, openingBacklog = 0): Levels {
  const { sums, present, hasMeasure } = scan;
  if (!hasMeasure.orders) return levels(scan, sums.backlog, present.backlog, null);
  const orders = runningTotals(sums.orders, scan.asOfIndex);
  const deliveries = runningTotals(sums.deliveries, scan.asOfIndex);
  return levels(
    scan,
    sums.backlog,
    present.backlog,
    (i) => openingBacklog + (orders[i] ?? 0) - (deliveries[i] ?? 0),
  );
}

/** Inventory: the inventory measure, else production − deliveries since the period's start. */
export function inventoryLevels(scan: PeriodScan): Levels {
  const { sums, present, hasMeasure } = scan;
  if (!hasMeasure.production) return levels(scan, sums.inventory, present.inventory, null);
  const production = runningTotals(sums.production, scan.asOfIndex);
  const deliveries = runningTotals(sums.deliveries, scan.asOfIndex);
  return levels(
    scan,
    sums.inventory,
    present.inventory,
    (i) => (production[i] ?? 0) - (deliveries[i] ?? 0),
  );
}
