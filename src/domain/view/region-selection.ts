import { regionLabel, type RegionGroup } from '../records/regions';

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

/**
 * Members that can be picked on their own. A value named like its continent ("China", or its
 * code "CN") is the continent itself and is not listed twice.
 */
export function pickableMembers(group: RegionGroup): string[] {
  return group.members.filter(
    (member) => member !== group.continent && regionLabel(member) !== group.continent,
  );
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

/**
 * The button text of a multiple choice: "All regions" when nothing is picked, else the names,
 * the first few and a count of the rest ("Europe, Norway, France +2").
 */
export function summariseChoice(
  values: readonly string[],
  allLabel: string,
  labelOf: (value: string) => string = (value) => value,
  shown = 3,
): string {
  if (values.length === 0) return allLabel;
  const names = values.slice(0, shown).map(labelOf).join(', ');
  const rest = values.length - shown;
  return rest > 0 ? `${names} +${rest}` : names;
}
