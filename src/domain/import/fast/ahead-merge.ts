import type { AheadCount } from './count-ahead-types';
import { COUNTS } from './kernel-config';
import type { AddRun } from './run-adder';
import type { VehicleTargets } from './vehicle-kernel-targets';

/** A second reader's counts into the tallies, its label numbers turned into the tallies' own. */
export function addAheadCount(count: AheadCount, targets: VehicleTargets, addRun?: AddRun): void {
  const { tally, evidences } = targets;
  const regionOf = (name: string) => {
    const region = targets.regions.ofName(name.trim());
    return region === targets.blankRegion ? targets.unnamedRegion : region;
  };
  const regions = count.regions?.map(regionOf) ?? [targets.unnamedRegion];
  const models = count.models?.map((name) => targets.models.ofName(name.trim())) ?? [
    targets.noModel,
  ];
  count.yearFirsts.forEach((firsts, k) => {
    if (firsts > 0) evidences[k]?.addYearFirsts(firsts);
  });
  const { days, firstDay } = count;
  count.farCounts.forEach((sightings, d) => {
    if (sightings > 0) tally.farDates.addCountOnly(firstDay + d, sightings);
  });
  for (let block = 0; block * 2 < count.groups.length; block++) {
    const region = regions[count.groups[block * 2] as number] as number;
    const model = models[count.groups[block * 2 + 1] as number] as number;
    const group = tally.groupOf(region, model);
    const base = block * COUNTS * days;
    for (let k = 0; k < COUNTS; k++) {
      const from = base + k * days;
      tally.addCounts(group, k, firstDay, count.groupCounts.subarray(from, from + days), addRun);
    }
  }
}
