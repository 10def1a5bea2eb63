import fc from 'fast-check';
import { NO_DAY, VehicleTally, type VehicleMeasures } from './vehicle-tally';

const FIRST = 18_000;
const day = fc.oneof(fc.constant(NO_DAY), fc.integer({ min: FIRST, max: FIRST + 12 }));
// Delivered never before ordered: the kernels leave such a row to the general reader.
const vehicle = fc
  .record({
    group: fc.integer({ min: 0, max: 2 }),
    ordered: day,
    built: day,
    delivered: day,
    scheduled: day,
  })
  .map((v) => ({
    ...v,
    delivered: v.ordered !== NO_DAY && v.delivered < v.ordered ? NO_DAY : v.delivered,
  }));
type Vehicle = typeof vehicle extends fc.Arbitrary<infer T> ? T : never;

/** Each measure counted straight from the vehicles, day by day over the days seen. */
function reference(vehicles: Vehicle[], present: VehicleMeasures, countsUnscheduled: boolean) {
  const days = vehicles.flatMap((v) => [v.ordered, v.built, v.delivered, v.scheduled]);
  const seen = days.filter((d) => d !== NO_DAY);
  if (seen.length === 0) return [];
  const first = Math.min(...seen);
  const last = Math.max(...seen);
  const groups = [...new Set(vehicles.map((v) => v.group))];
  return groups.flatMap((group) => {
    const mine = vehicles.filter((v) => v.group === group);
    const on = (d: number, pick: (v: Vehicle) => number) =>
      mine.filter((v) => pick(v) === d).length;
    const rows = [];
    for (let d = first; d <= last; d++) {
      const upTo = (pick: (v: Vehicle) => number) =>
        mine.filter((v) => pick(v) !== NO_DAY && pick(v) <= d).length;
      // Ordered and not scheduled, not yet delivered (a delivery before the order counts on it).
      const unscheduled = countsUnscheduled
        ? mine.filter(
            (v) =>
              v.ordered !== NO_DAY &&
              v.scheduled === NO_DAY &&
              v.ordered <= d &&
              (v.delivered === NO_DAY || Math.max(v.delivered, v.ordered) > d),
          ).length
        : 0;
      const values: Record<string, number> = {};
      if (present.orders) {
        values.orders = on(d, (v) => v.ordered);
        values.backlog = upTo((v) => v.ordered) - upTo((v) => v.delivered);
      }
      if (present.production) values.production = on(d, (v) => v.built);
      if (present.deliveries) values.deliveries = on(d, (v) => v.delivered);
      if (present.unscheduled) values.unscheduled = unscheduled;
      rows.push({ day: d, region: `R${group}`, model: 'M', granularity: 'day', values });
    }
    return rows;
  });
}

describe('VehicleTally.records', () => {
  it('gives each measure present, counted day by day, for every mapping', () => {
    fc.assert(
      fc.property(
        fc.array(vehicle, { maxLength: 30 }),
        fc.record({
          orders: fc.boolean(),
          production: fc.boolean(),
          deliveries: fc.boolean(),
          unscheduled: fc.boolean(),
        }),
        (vehicles, present) => {
          const tally = new VehicleTally(present.unscheduled);
          vehicles.forEach((v, row) => {
            for (const d of [v.ordered, v.built, v.delivered, v.scheduled]) {
              if (d !== NO_DAY) tally.farDates.see(d, row, 'x');
            }
            tally.addDays(tally.groupOf(v.group, 0), v.ordered, v.built, v.delivered, v.scheduled);
          });
          const names = ['R0', 'R1', 'R2'];
          const expected = reference(vehicles, present, present.unscheduled);
          const order = [...new Set(vehicles.map((v) => v.group))];
          expect(tally.records(names, ['M'], present)).toEqual(
            order.flatMap((group) => expected.filter((r) => r.region === `R${group}`)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
