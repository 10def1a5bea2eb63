import {
  bucketByMonth,
  bucketByWeek,
  dailyBarsFit,
  needsWeeklyBars,
  type ChartFormat,
  type DayBucket,
} from '../../../domain/charts';
import type { DailyPoint, Kpis } from '../../../domain/metrics';
import type { CalendarDay } from '../../../domain/records';

export const BAR_MEASURES = ['deliveries', 'production'] as const;
export const LEVEL_MEASURES = ['backlog', 'inventory'] as const;
type ChartMeasure = (typeof BAR_MEASURES)[number] | (typeof LEVEL_MEASURES)[number];

export type DailyMode = 'day' | 'week' | 'month';

/** One bar position: a day, or a week or month of days summed (levels: the last of them). */
export interface DailyRow {
  day: CalendarDay;
  /** What the tooltip calls it: "Jun 29, 2019", "Week of Jun 24", "Jun 2019". */
  label: string;
  deliveries: number | null;
  production: number | null;
  backlog: number | null;
  inventory: number | null;
}

/** The measures the selection has in this period (a measure that is null every day is absent). */
export function presentMeasures<K extends keyof DailyPoint>(
  points: readonly DailyPoint[],
  measures: readonly K[],
): K[] {
  return measures.filter((measure) => points.some((point) => point[measure] !== null));
}

/** Px between the bars of one day (deliveries and production side by side). */
export const BAR_GAP_PX = 1;

/** The bars' room: the plot's width, and how many bars stand side by side per day. */
export interface BarRoom {
  plotWidthPx: number;
  barsPerDay: number;
}

/**
 * Per day while that stays under the mark budget and the bars stay wide enough to see (once the
 * width is known); per week otherwise; per month when the data was counted per month or quarter,
 * so that spread values do not look like daily counts.
 */
export function dailyMode(
  kpis: Kpis,
  days: number,
  seriesCount: number,
  room?: BarRoom,
): DailyMode {
  if (kpis.granularity !== 'day') return 'month';
  if (needsWeeklyBars(days, seriesCount)) return 'week';
  const measured = room !== undefined && room.plotWidthPx > 0 && room.barsPerDay > 0;
  return measured && !dailyBarsFit(room.plotWidthPx, days, room.barsPerDay, BAR_GAP_PX)
    ? 'week'
    : 'day';
}

function fromBucket(bucket: DayBucket<ChartMeasure>, label: string): DailyRow {
  return { day: bucket.start, label, ...bucket.values };
}

export function dailyRows(
  points: readonly DailyPoint[],
  mode: DailyMode,
  format: ChartFormat,
): DailyRow[] {
  const keys = { flows: BAR_MEASURES, stocks: LEVEL_MEASURES };
  switch (mode) {
    case 'day':
      return points.map((p) => ({
        day: p.day,
        label: format.longDay(p.day),
        deliveries: p.deliveries,
        production: p.production,
        backlog: p.backlog,
        inventory: p.inventory,
      }));
    case 'week':
      return bucketByWeek(points, keys).map((b) =>
        fromBucket(b, `Week of ${format.shortDay(b.start)}`),
      );
    case 'month':
      return bucketByMonth(points, keys).map((b) => fromBucket(b, format.month(b.start)));
  }
}

/** Every n-th bucket start, so that week labels do not overlap. */
export function everyNth<T>(values: readonly T[], maxCount: number): T[] {
  const step = Math.max(1, Math.ceil(values.length / Math.max(1, maxCount)));
  return values.filter((_, i) => i % step === 0);
}
