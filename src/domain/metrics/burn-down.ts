import type { Period } from '../periods/types';
import type { Dataset } from '../records/dataset';
import { analysePeriod } from './kpis';
import { tidy } from './numbers';
import type { BurnDownPoint, Selection, TargetSettings } from './types';

/**
 * The burn-down of the period: the actual remaining at the end of each day up to as of; the
 * ideal line, delivering the target evenly (the target less 1/n of it per day, 0 at the end);
 * and from as of on, the projection at the current pace and the line kept at the required rate.
 * All null when there is no target.
 */
export function burnDownSeries(
  dataset: Dataset,
  period: Period,
  selection: Selection,
  settings: TargetSettings,
): BurnDownPoint[] {
  const { kpis, scan } = analysePeriod(dataset, period, selection, settings, { simulate: false });
  const target = kpis.target.value;
  const { asOfIndex, length } = scan;
  const remainingAtAsOf = kpis.remaining;
  const pace = kpis.pacePerDay ?? 0;
  const required = kpis.requiredPerDay ?? 0;

  const points: BurnDownPoint[] = [];
  let delivered = 0;
  for (let i = 0; i < length; i++) {
    delivered += scan.sums.deliveries[i] ?? 0;
    const point: BurnDownPoint = {
      day: period.start + i,
      remaining: null,
      ideal: null,
      projected: null,
      required: null,
    };
    if (target !== null) {
      point.ideal = tidy((target * (length - 1 - i)) / length);
      if (i <= asOfIndex) point.remaining = tidy(Math.max(target - delivered, 0));
      if (asOfIndex >= 0 && i >= asOfIndex && remainingAtAsOf !== null) {
        const daysOn = i - asOfIndex;
        point.projected = tidy(Math.max(remainingAtAsOf - pace * daysOn, 0));
        point.required = tidy(Math.max(remainingAtAsOf - required * daysOn, 0));
      }
    }
    points.push(point);
  }
  return points;
}
