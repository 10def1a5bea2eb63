import type { DailyRecord } from '../../records/dataset';
import type { Measure } from '../../records/measures';
import { GroupDayCounts } from './day-range';
import { FarDateTally } from './far-date-tally';
import { addRunHere, type AddRun } from './run-adder';

/** Columns of a group's days: vehicles ordered, built, delivered, and the change in unscheduled. */
const ORDERS = 0;
const PRODUCTION = 1;
const DELIVERIES = 2;
const UNSCHEDULED_CHANGE = 3;
const COUNTS = 4;

/** addDays' day for an event a vehicle has not had: calendar days are never this. */
export const NO_DAY = -0x40000000;

/** The measures a per-vehicle mapping gives, by the event columns it maps. */
export interface VehicleMeasures {
  orders: boolean;
  production: boolean;
  deliveries: boolean;
  unscheduled: boolean;
}

/**
 * vehicleDailyRecords' counts, added one vehicle at a time: per region and model group, per
 * day, in one typed array, with the span of days seen and the far-date tally beside them.
 */
export class VehicleTally {
  /** Every event's day (not NaN): the far dates, and the span of days the records cover. */
  readonly farDates = new FarDateTally();
  /**
   * Group numbers (-1: none yet) by region × modelRoom + model, in one typed array: a look-up
   * per row without following an array per region.
   */
  private groupIds = new Int32Array(0);
  private regionRoom = 0;
  private modelRoom = 0;
  private readonly groupRegions: number[] = [];
  private readonly groupModels: number[] = [];
  private readonly counts = new GroupDayCounts(COUNTS);
  /** Whether the unscheduled change is counted: only a mapped scheduled date gives the measure. */
  readonly countsUnscheduled: boolean;

  constructor(countsUnscheduled: boolean) {
    this.countsUnscheduled = countsUnscheduled;
  }

  /** The group of a region and model, by their label numbers. */
  groupOf(region: number, model: number): number {
    if (region < this.regionRoom && model < this.modelRoom) {
      const group = this.groupIds[region * this.modelRoom + model] as number;
      if (group >= 0) return group;
    }
    return this.newGroup(region, model);
  }

  private newGroup(region: number, model: number): number {
    if (region >= this.regionRoom || model >= this.modelRoom) {
      this.regionRoom = Math.max(16, this.regionRoom, region + 1);
      while (this.regionRoom <= region) this.regionRoom *= 2;
      this.modelRoom = Math.max(16, this.modelRoom);
      while (this.modelRoom <= model) this.modelRoom *= 2;
      this.groupIds = new Int32Array(this.regionRoom * this.modelRoom).fill(-1);
      this.groupRegions.forEach((known, group) => {
        const at = known * this.modelRoom + (this.groupModels[group] as number);
        this.groupIds[at] = group;
      });
    }
    const group = this.groupRegions.length;
    this.groupIds[region * this.modelRoom + model] = group;
    this.groupRegions.push(region);
    this.groupModels.push(model);
    return group;
  }

  /**
   * A vehicle of `group` on its days, NO_DAY for an event it has not had: whole numbers, so
   * int32 arithmetic throughout.
   */
  addDays(
    group: number,
    ordered: number,
    built: number,
    delivered: number,
    scheduled: number,
  ): void {
    const counts = this.counts;
    // The cell first: finding a day may grow (replace) the array and its planes.
    if (ordered !== NO_DAY) {
      let at = counts.at(group, ordered);
      counts.counts[at + ORDERS * counts.plane]! += 1;
      if (this.countsUnscheduled && scheduled === NO_DAY) {
        counts.counts[at + UNSCHEDULED_CHANGE * counts.plane]! += 1;
        if (delivered !== NO_DAY) {
          at = counts.at(group, delivered > ordered ? delivered : ordered);
          counts.counts[at + UNSCHEDULED_CHANGE * counts.plane]! -= 1;
        }
      }
    }
    if (built !== NO_DAY) {
      const at = counts.at(group, built);
      counts.counts[at + PRODUCTION * counts.plane]! += 1;
    }
    if (delivered !== NO_DAY) {
      const at = counts.at(group, delivered);
      counts.counts[at + DELIVERIES * counts.plane]! += 1;
    }
  }

  /** Count `k` of `group` over `days` days from `firstDay`: the array grown to hold them first. */
  private countsRun(group: number, k: number, firstDay: number, days: number): Int32Array {
    const counts = this.counts;
    // The last day first: finding the first may grow the array again, over both.
    counts.at(group, firstDay + days - 1);
    const from = counts.at(group, firstDay) + k * counts.plane;
    return counts.counts.subarray(from, from + days);
  }

  /**
   * Adds changes[d] to count `k` (0 orders … 3 unscheduled change) of `group` on firstDay + d:
   * a kernel's counts, a run of days at once.
   */
  addCounts(
    group: number,
    k: number,
    firstDay: number,
    changes: Int32Array,
    addRun: AddRun = addRunHere,
  ): void {
    if (changes.length === 0) return;
    addRun(this.countsRun(group, k, firstDay, changes.length), changes);
  }

  /** Every group's records over every day seen, in order of the groups' first vehicles. */
  records(
    regionNames: readonly string[],
    modelNames: readonly string[],
    present: VehicleMeasures,
  ): DailyRecord[] {
    const records: DailyRecord[] = [];
    const span = this.farDates.dayRange();
    if (span === null) return records;
    for (let group = 0; group < this.groupRegions.length; group++) {
      const region = regionNames[this.groupRegions[group] as number] ?? '';
      const model = modelNames[this.groupModels[group] as number] ?? '';
      this.pushGroupRecords(group, region, model, present, span, records);
    }
    return records;
  }

  private pushGroupRecords(
    group: number,
    region: string,
    model: string,
    present: VehicleMeasures,
    span: { first: number; last: number },
    records: DailyRecord[],
  ): void {
    const { counts } = this;
    const valuesOf = valuesMaker(present);
    let ordersSoFar = 0;
    let deliveriesSoFar = 0;
    let unscheduled = 0;
    for (let day = span.first; day <= span.last; day++) {
      const orders = counts.get(group, day, ORDERS);
      const deliveries = counts.get(group, day, DELIVERIES);
      ordersSoFar += orders;
      deliveriesSoFar += deliveries;
      unscheduled += counts.get(group, day, UNSCHEDULED_CHANGE);
      const production = counts.get(group, day, PRODUCTION);
      const values = valuesOf(
        orders,
        ordersSoFar - deliveriesSoFar,
        production,
        deliveries,
        unscheduled,
      );
      records.push({ day, region, model, granularity: 'day', values });
    }
  }
}

type ValuesOf = (
  orders: number,
  backlog: number,
  production: number,
  deliveries: number,
  unscheduled: number,
) => Partial<Record<Measure, number>>;

/**
 * A record's values with the measures present, made as one literal where the mapping is the
 * usual one: tens of thousands of records, each object of its final shape from the start.
 */
function valuesMaker(present: VehicleMeasures): ValuesOf {
  const { orders, production, deliveries, unscheduled } = present;
  if (orders && production && deliveries && !unscheduled) {
    return (o, b, p, d) => ({ orders: o, backlog: b, production: p, deliveries: d });
  }
  if (orders && production && deliveries && unscheduled) {
    return (o, b, p, d, u) => ({
      orders: o,
      backlog: b,
      production: p,
      deliveries: d,
      unscheduled: u,
    });
  }
  return (o, b, p, d, u) => {
    const values: Partial<Record<Measure, number>> = {};
    if (orders) {
      values.orders = o;
      values.backlog = b;
    }
    if (production) values.production = p;
    if (deliveries) values.deliveries = d;
    if (unscheduled) values.unscheduled = u;
    return values;
  };
}
