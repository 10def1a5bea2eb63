import type { PeriodScan } from './period-scan';
import { sumDays } from './period-scan';

export const PACE_DAYS = 7;
export const CHANCE_HISTORY_DAYS = 14;

export interface Pace {
  perDay: number | null;
  /** The days averaged: 7, or fewer early in the period; 0 without an as of. */
  days: number;
}

/** Deliveries over the last 7 days ending at as of, within the period, per day. */
export function currentPace(scan: PeriodScan): Pace {
  if (scan.asOfIndex < 0) return { perDay: null, days: 0 };
  const days = Math.min(PACE_DAYS, scan.asOfIndex + 1);
  const delivered = sumDays(scan.sums.deliveries, scan.asOfIndex - days + 1, scan.asOfIndex);
  return { perDay: delivered / days, days };
}

/** The daily deliveries the chance simulation draws from: up to 14 days ending at as of. */
export function recentDeliveries(scan: PeriodScan): Float64Array {
  if (scan.asOfIndex < 0) return new Float64Array(0);
  const days = Math.min(CHANCE_HISTORY_DAYS, scan.asOfIndex + 1);
  return scan.sums.deliveries.slice(scan.asOfIndex - days + 1, scan.asOfIndex + 1);
}
