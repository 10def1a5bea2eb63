import fc from 'fast-check';
import type { RegionGroup } from '../records/regions';
import {
  isContinentChecked,
  isMemberChecked,
  pickableMembers,
  summariseChoice,
  toggleContinent,
  toggleMember,
} from './region-selection';

const europe: RegionGroup = { continent: 'Europe', members: ['France', 'NO', 'Netherlands'] };
const china: RegionGroup = { continent: 'China', members: ['CN', 'China'] };
const northAmerica: RegionGroup = { continent: 'North America', members: ['US'] };

describe('region selection', () => {
  it.each<[string, string[], string[]]>([
    ['ticks a continent', [], ['Europe']],
    ['ticks a continent and drops its members', ['NO', 'US'], ['US', 'Europe']],
    ['unticks a continent', ['US', 'Europe'], ['US']],
  ])('%s', (_case, before, after) => {
    expect(toggleContinent(before, europe)).toEqual(after);
  });

  it.each<[string, string[], string, string[]]>([
    ['ticks a country', [], 'NO', ['NO']],
    ['unticks a country', ['NO', 'France'], 'NO', ['France']],
    ['unticks one country of a ticked continent', ['Europe'], 'NO', ['France', 'Netherlands']],
    [
      'writes every country of a continent as the continent',
      ['US', 'NO', 'France'],
      'Netherlands',
      ['US', 'Europe'],
    ],
  ])('%s', (_case, before, member, after) => {
    expect(toggleMember(before, europe, member)).toEqual(after);
  });

  it('keeps the only country of a continent as a country', () => {
    expect(toggleMember([], northAmerica, 'US')).toEqual(['US']);
  });

  it('does not offer a region value spelled like its continent on its own', () => {
    expect(pickableMembers(china)).toEqual([]);
    expect(pickableMembers(europe)).toEqual(europe.members);
  });

  it('shows the members of a ticked continent as ticked', () => {
    expect(isContinentChecked(['Europe'], europe)).toBe(true);
    expect(isMemberChecked(['Europe'], europe, 'NO')).toBe(true);
    expect(isMemberChecked(['France'], europe, 'NO')).toBe(false);
  });

  it('never lists a member beside its continent, whatever is clicked', () => {
    const clicks = fc.array(fc.oneof(fc.constant('Europe'), fc.constantFrom(...europe.members)), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(clicks, (sequence) => {
        let regions: string[] = [];
        for (const click of sequence) {
          regions =
            click === 'Europe'
              ? toggleContinent(regions, europe)
              : toggleMember(regions, europe, click);
          if (regions.includes('Europe'))
            expect(regions.filter((r) => europe.members.includes(r))).toEqual([]);
          expect(new Set(regions).size).toBe(regions.length);
        }
      }),
    );
  });

  it.each<[string[], string]>([
    [[], 'All regions'],
    [['Europe', 'US'], 'Europe, United States'],
    [['Europe', 'US', 'NO'], 'Europe, United States, Norway'],
    [['Europe', 'US', 'NO', 'France', 'China'], 'Europe, United States, Norway +2'],
  ])('sums up %j as %j', (values, text) => {
    const names: Record<string, string> = { US: 'United States', NO: 'Norway' };
    expect(summariseChoice(values, 'All regions', (value) => names[value] ?? value)).toBe(text);
  });
});
