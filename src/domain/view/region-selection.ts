import type { RegionGroup } from '../records/regions';

/**
 * The region picker's rules. A selection holds continents and region values as given; a
 * continent stands for all its members, so a member is never listed beside its continent, and
 * selecting every member of a continent is written as the continent. Empty = all regions.
 */
export function isContinentChecked(regions: readonly string[], group: RegionGroup): boolean {
  return regions.includes(group.continent);
}

export function isMemberChecked(
  regions: readonly string[],
  group: RegionGroup,
  member: string,
): boolean {
  return regions.includes(group.continent) || regions.includes(member);
}

/** Members that can be picked on their own: a value spelled like its continent is the continent. */
export function pickableMembers(group: RegionGroup): string[] {
  return group.members.filter((member) => member !== group.continent);
}

export function toggleContinent(regions: readonly string[], group: RegionGroup): string[] {
  if (regions.includes(group.continent)) return regions.filter((r) => r !== group.continent);
  const members = new Set(group.members);
  return [...regions.filter((r) => !members.has(r)), group.continent];
}

export function toggleMember(
  regions: readonly string[],
  group: RegionGroup,
  member: string,
): string[] {
  const members = pickableMembers(group);
  if (regions.includes(group.continent)) {
    // Unticking one country of a ticked continent keeps the others.
    return [
      ...regions.filter((r) => r !== group.continent),
      ...members.filter((m) => m !== member),
    ];
  }
  if (regions.includes(member)) return regions.filter((r) => r !== member);
  const next = [...regions, member];
  // A single country stays a country: the user picked it, not its continent.
  const all = members.length > 1 && members.every((m) => next.includes(m));
  return all ? toggleContinent(next, group) : next;
}
