import type { CalendarDay } from '../records/calendar-day';
import type { Granularity } from '../records/dataset';
import type { Period } from '../periods/types';

/** Which rows count: regions (continents or values as given) and models. Empty = everything. */
export interface Selection {
  regions: string[];
  models: string[];
}

/** A goal is a number or a range (33,000–36,000). */
export interface Goal {
  low: number;
  high?: number;
}

/** What the user sets per period and selection. */
export interface TargetSettings {
  goal?: Goal;
  /** Typed by the user when the data holds no earlier period. */
  recordOverride?: number;
  /** Opening backlog for the derived backlog (orders − deliveries); default 0. */
  openingBacklog?: number;
}

export interface RecordInfo {
  total: number;
  /** The record period's label, e.g. "2019 Q2"; "typed" when the user entered it. */
  periodLabel: string;
  periodId: string | null;
}

export type TargetKind = 'goal' | 'record' | 'none';

export interface Target {
  kind: TargetKind;
  /** The number remaining is measured against: the goal (its low end for a range) or the record. */
  value: number | null;
  goal: Goal | null;
}

export interface BestDay {
  value: number;
  day: CalendarDay;
}

export interface EndOfPeriodShare {
  periodId: string;
  periodLabel: string;
  total: number;
  /** Share 0–1 of the quarter's deliveries in its last month. */
  lastMonthShare: number;
  /** Share 0–1 in its last 14 days. */
  last14DaysShare: number;
}

/** Every KPI of PRODUCT.md §2 for one period × selection. null = none (not computable or absent). */
export interface Kpis {
  period: Period;
  asOf: CalendarDay | null;
  deliveriesToDate: number;
  productionToDate: number | null;
  daysLeft: number;
  record: RecordInfo | null;
  target: Target;
  remaining: number | null;
  requiredPerDay: number | null;
  pacePerDay: number | null;
  /** How many days the pace was averaged over (≤ 7). */
  paceDays: number;
  projectedTotal: number | null;
  /** 0–100. */
  chanceToReachTarget: number | null;
  openBacklog: number | null;
  openBacklogSource: 'measure' | 'derived' | null;
  unscheduled: number | null;
  inventory: number | null;
  inventorySource: 'measure' | 'derived' | null;
  bestDay: BestDay | null;
  /** Coarsest granularity among the selection's rows in the period. */
  granularity: Granularity;
  /** Finest granularity among them: not `granularity` when monthly or daily rows mix with coarser ones. */
  finestGranularity: Granularity;
  /** The rows of the period × selection had any data at all. */
  hasData: boolean;
}

/** One point per calendar day of the period. Values after `asOf` are null where not yet known. */
export interface DailyPoint {
  day: CalendarDay;
  deliveries: number | null;
  production: number | null;
  orders: number | null;
  backlog: number | null;
  inventory: number | null;
}

export interface BurnDownPoint {
  day: CalendarDay;
  /** Remaining to target at the end of this day (actual); null after as of. */
  remaining: number | null;
  /** The ideal line: straight from target at the period start to 0 at its end. */
  ideal: number | null;
  /** Projection at current pace from as of to the end; null before as of. */
  projected: number | null;
  /** Remaining if the required rate is kept from as of on; null before as of. */
  required: number | null;
}

/** Cumulative deliveries by day of period (1-based) for one period. */
export interface CumulativeSeries {
  periodId: string;
  periodLabel: string;
  isCurrent: boolean;
  isRecord: boolean;
  points: { dayOfPeriod: number; cumulative: number }[];
}
