import type { Dataset } from './dataset';
import { CONTINENT_ALIASES, COUNTRIES_BY_CONTINENT } from './regions-countries';

/** The roll-up of PRODUCT.md §1: every region value belongs to exactly one of these. */
export const CONTINENTS = [
  'North America',
  'Europe',
  'China',
  'Asia-Pacific',
  'Rest of world',
] as const;

export type Continent = (typeof CONTINENTS)[number];

/**
 * Region columns are typed by people: "U.S.", "usa", "Korea, Republic of", "Åland". Matching
 * ignores case, accents and punctuation so all of these find their country.
 */
function matchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface RegionEntry {
  continent: Continent;
  /** The English name shown for a code; null for names, which are shown as given. */
  label: string | null;
}

function buildLookup(): Map<string, RegionEntry> {
  const lookup = new Map<string, RegionEntry>();
  for (const continent of CONTINENTS) {
    for (const line of COUNTRIES_BY_CONTINENT[continent]) {
      const [codes = '', ...aliases] = line.split(';');
      const [alpha2 = '', alpha3 = '', ...nameWords] = codes.split(' ');
      const name = nameWords.join(' ');
      lookup.set(matchKey(alpha2), { continent, label: name });
      lookup.set(matchKey(alpha3), { continent, label: name });
      lookup.set(matchKey(name), { continent, label: null });
      for (const alias of aliases) {
        // "U.S." reads like the code US; the code keeps its label.
        if (lookup.has(matchKey(alias))) continue;
        const isCode = /^[A-Z]{2,3}$/.test(alias);
        lookup.set(matchKey(alias), { continent, label: isCode ? name : null });
      }
    }
  }
  // Continent names win over a country code spelled the same (NA is North America, not Namibia).
  for (const continent of CONTINENTS) {
    const { codes, names } = CONTINENT_ALIASES[continent];
    for (const code of codes) lookup.set(matchKey(code), { continent, label: continent });
    for (const name of names) lookup.set(matchKey(name), { continent, label: null });
  }
  return lookup;
}

const LOOKUP = buildLookup();

/** The continent a region value rolls up to; anything unknown is Rest of world. */
export function continentOf(region: string): Continent {
  return LOOKUP.get(matchKey(region))?.continent ?? 'Rest of world';
}

/** A readable name: "Norway" for "NO", "North America" for "NA"; names are shown as given. */
export function regionLabel(region: string): string {
  return LOOKUP.get(matchKey(region))?.label ?? region;
}

export interface RegionGroup {
  continent: Continent;
  /** The dataset's region values under this continent, sorted. */
  members: string[];
}

/** The region picker's tree: only continents that the dataset has, in the order of CONTINENTS. */
export function regionTree(dataset: Dataset): RegionGroup[] {
  const members = new Map<Continent, string[]>();
  for (const region of dataset.regions) {
    const continent = continentOf(region);
    const list = members.get(continent);
    if (list) list.push(region);
    else members.set(continent, [region]);
  }
  return CONTINENTS.flatMap((continent) => {
    const list = members.get(continent);
    return list ? [{ continent, members: [...list].sort() }] : [];
  });
}
