import type { Kpis } from '../metrics/types';
import type { Granularity } from '../records/dataset';

export type FormatCount = (value: number) => string;

const englishCount = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const defaultFormat: FormatCount = (value) => englishCount.format(value);

export type StatusTone = 'no-data' | 'no-target' | 'reached' | 'over' | 'behind' | 'on-pace';

/** Where the period stands, as one word the UI can colour by. */
export function statusTone(kpis: Kpis): StatusTone {
  if (!kpis.hasData) return 'no-data';
  if (kpis.target.value === null || kpis.remaining === null) return 'no-target';
  if (kpis.remaining <= 0) return 'reached';
  if (kpis.daysLeft <= 0 || kpis.requiredPerDay === null) return 'over';
  if (kpis.pacePerDay !== null && kpis.pacePerDay >= kpis.requiredPerDay) return 'on-pace';
  return 'behind';
}

/**
 * The status in words, e.g. "Behind: 2,000/day needed, 1,050/day recent — best day so far
 * 1,310". Pass the screen's number format; the default writes English numbers.
 */
export function statusLine(kpis: Kpis, format: FormatCount = defaultFormat): string {
  const tone = statusTone(kpis);
  switch (tone) {
    case 'no-data':
      return `No deliveries for this selection in ${kpis.period.label}`;
    case 'no-target':
      return 'No target yet: type a goal, or a record when the data holds no earlier period';
    case 'reached':
      return 'Target reached';
    case 'over':
      return `Period over: ${format(kpis.deliveriesToDate)} of ${format(kpis.target.value ?? 0)}`;
    case 'on-pace':
      return `On pace: ${perDay(kpis.requiredPerDay, format)} needed, ${perDay(kpis.pacePerDay, format)} recent`;
    case 'behind': {
      const recent =
        kpis.pacePerDay === null
          ? 'no recent deliveries'
          : `${perDay(kpis.pacePerDay, format)} recent`;
      const best = kpis.bestDay === null ? '' : ` — best day so far ${format(kpis.bestDay.value)}`;
      return `Behind: ${perDay(kpis.requiredPerDay, format)} needed, ${recent}${best}`;
    }
  }
}

function perDay(value: number | null, format: FormatCount): string {
  return `${format(value ?? 0)}/day`;
}

/** The required rate is above the highest daily deliveries ever seen for the selection. */
export function isBeyondCapacity(kpis: Kpis): boolean {
  if (statusTone(kpis) !== 'behind' && statusTone(kpis) !== 'on-pace') return false;
  return (
    kpis.requiredPerDay !== null &&
    kpis.bestDay !== null &&
    kpis.requiredPerDay > kpis.bestDay.value
  );
}

/**
 * Whether orders or delivery capacity limit the rest of the period: when the open backlog covers
 * what remains, demand is not the issue, logistics is. Null when there is nothing to compare.
 */
export function demandSentence(kpis: Kpis, format: FormatCount = defaultFormat): string | null {
  if (kpis.openBacklog === null || kpis.remaining === null || kpis.remaining <= 0) return null;
  // Once the period is over nothing more can be delivered in it: neither limit applies.
  if (kpis.daysLeft <= 0) return null;
  const backlog = format(kpis.openBacklog);
  const remaining = format(kpis.remaining);
  const one = kpis.openBacklog === 1;
  const orders = one ? 'open order' : 'open orders';
  if (kpis.openBacklog >= kpis.remaining) {
    const cover = one ? 'covers' : 'cover';
    return `Demand is not the limit: ${backlog} ${orders} ${cover} the ${remaining} remaining`;
  }
  return `Demand is the limit: ${backlog} ${orders} for the ${remaining} remaining`;
}

const GRANULARITY_ADJECTIVES: Record<Granularity, string> = {
  day: 'daily',
  month: 'monthly',
  quarter: 'quarterly',
};

/**
 * Said on screen when the figures were spread from monthly or quarterly values: `granularity`
 * is the coarsest of the period's rows, `finest` the finest (registrations are monthly in most
 * countries and quarterly in others).
 */
export function granularityNote(
  granularity: Granularity,
  finest: Granularity = granularity,
): string | null {
  if (granularity === 'day') return null;
  const coarse = GRANULARITY_ADJECTIVES[granularity];
  if (finest === granularity) {
    return `This data is ${coarse}: daily figures are spread evenly over each ${granularity}.`;
  }
  const fine = GRANULARITY_ADJECTIVES[finest];
  return finest === 'day'
    ? `This data mixes ${coarse} and daily figures: the ${coarse} ones are spread evenly over the days of each ${granularity}.`
    : `This data mixes ${coarse} and ${fine} figures: each is spread evenly over the days of its ${granularity} or ${finest}.`;
}
