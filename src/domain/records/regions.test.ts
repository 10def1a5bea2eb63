import fc from 'fast-check';
import { datasetFromRecords } from './build-dataset';
import { CONTINENTS, continentOf, regionLabel, regionTree, type Continent } from './regions';

describe('continentOf', () => {
  it.each<[string, Continent]>([
    ['US', 'North America'],
    ['USA', 'North America'],
    ['usa', 'North America'],
    ['U.S.', 'North America'],
    ['United States', 'North America'],
    ['united states of america', 'North America'],
    ['CA', 'North America'],
    ['Canada', 'North America'],
    ['MX', 'North America'],
    ['Norway', 'Europe'],
    ['NO', 'Europe'],
    ['NOR', 'Europe'],
    ['Netherlands', 'Europe'],
    ['The Netherlands', 'Europe'],
    ['NL', 'Europe'],
    ['nl', 'Europe'],
    ['UK', 'Europe'],
    ['GB', 'Europe'],
    ['United Kingdom', 'Europe'],
    ['Germany', 'Europe'],
    ['DE', 'Europe'],
    ['AT', 'Europe'],
    ['CH', 'Europe'],
    ['Switzerland', 'Europe'],
    ['Czech Republic', 'Europe'],
    ['Iceland', 'Europe'],
    ['Åland Islands', 'Europe'],
    ['aland islands', 'Europe'],
    ['CN', 'China'],
    ['China', 'China'],
    ['Hong Kong', 'China'],
    ['HK', 'China'],
    ['Japan', 'Asia-Pacific'],
    ['JP', 'Asia-Pacific'],
    ['Australia', 'Asia-Pacific'],
    ['AU', 'Asia-Pacific'],
    ['Korea', 'Asia-Pacific'],
    ['South Korea', 'Asia-Pacific'],
    ['Korea, Republic of', 'Asia-Pacific'],
    ['KR', 'Asia-Pacific'],
    ['Taiwan', 'Asia-Pacific'],
    ['New Zealand', 'Asia-Pacific'],
    ['North America', 'North America'],
    ['north america', 'North America'],
    ['NA', 'North America'],
    ['Europe', 'Europe'],
    ['EU', 'Europe'],
    ['APAC', 'Asia-Pacific'],
    ['Asia-Pacific', 'Asia-Pacific'],
    ['Asia Pacific', 'Asia-Pacific'],
    ['Rest of world', 'Rest of world'],
    ['UAE', 'Rest of world'],
    ['Brazil', 'Rest of world'],
    ['Atlantis', 'Rest of world'],
    ['', 'Rest of world'],
    ['  US  ', 'North America'],
  ])('%j is in %s', (region, continent) => {
    expect(continentOf(region)).toBe(continent);
  });

  it('puts every string in one of the continents', () => {
    fc.assert(
      fc.property(fc.string(), (region) => {
        expect(CONTINENTS).toContain(continentOf(region));
      }),
    );
  });

  it('is the same for a value in any letter case', () => {
    fc.assert(
      fc.property(fc.constantFrom('US', 'Norway', 'Hong Kong', 'APAC', 'nl', 'Japan'), (region) => {
        expect(continentOf(region.toUpperCase())).toBe(continentOf(region.toLowerCase()));
      }),
    );
  });
});

describe('regionLabel', () => {
  it.each<[string, string]>([
    ['NO', 'Norway'],
    ['no', 'Norway'],
    ['NLD', 'Netherlands'],
    ['US', 'United States'],
    ['UK', 'United Kingdom'],
    ['CN', 'China'],
    ['HK', 'Hong Kong'],
    ['NA', 'North America'],
    ['APAC', 'Asia-Pacific'],
    ['Norway', 'Norway'],
    ['north america', 'north america'],
    ['Region 7', 'Region 7'],
  ])('%j reads %j', (region, label) => {
    expect(regionLabel(region)).toBe(label);
  });
});

describe('regionTree', () => {
  it('groups the dataset regions under the continents present, in order', () => {
    const dataset = datasetFromRecords(
      ['NO', 'US', 'Japan', 'CN', 'NL', 'Hong Kong', 'Canada', 'Mars'].map((region) => ({
        day: 0,
        region,
        values: { deliveries: 1 },
      })),
    );
    expect(regionTree(dataset)).toEqual([
      { continent: 'North America', members: ['Canada', 'US'] },
      { continent: 'Europe', members: ['NL', 'NO'] },
      { continent: 'China', members: ['CN', 'Hong Kong'] },
      { continent: 'Asia-Pacific', members: ['Japan'] },
      { continent: 'Rest of world', members: ['Mars'] },
    ]);
  });

  it('leaves out continents without regions', () => {
    const dataset = datasetFromRecords([{ day: 0, region: 'Norway', values: { deliveries: 1 } }]);
    expect(regionTree(dataset)).toEqual([{ continent: 'Europe', members: ['Norway'] }]);
  });

  it('places every region exactly once', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 12 }), (regions) => {
        const dataset = datasetFromRecords(
          regions.map((region) => ({ day: 0, region, values: { deliveries: 1 } })),
        );
        const placed = regionTree(dataset).flatMap((group) => group.members);
        expect([...placed].sort()).toEqual([...regions].sort());
      }),
    );
  });
});
