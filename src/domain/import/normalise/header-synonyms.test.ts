import { matchHeader, normaliseHeader } from './header-synonyms';

describe('normaliseHeader', () => {
  it.each([
    ['Units Delivered', 'units delivered'],
    ['  units-delivered ', 'units delivered'],
    ['UNITS_DELIVERED', 'units delivered'],
    ['As of:', 'as of'],
    ['Région', 'region'],
    ['__proto__', 'proto'],
    ['中国 deliveries', '中国 deliveries'],
  ])('%j → %j', (header, normalised) => {
    expect(normaliseHeader(header)).toBe(normalised);
  });
});

describe('matchHeader: synonyms', () => {
  it.each([
    ['Deliveries', 'measure', 'deliveries'],
    ['delivered', 'measure', 'deliveries'],
    ['Units delivered', 'measure', 'deliveries'],
    ['UNITS-DELIVERED', 'measure', 'deliveries'],
    ['Registrations', 'measure', 'deliveries'],
    ['Sales', 'measure', 'deliveries'],
    ['units', 'measure', 'deliveries'],
    ['Total deliveries', 'measure', 'deliveries'],
    ['Deliveries (units)', 'measure', 'deliveries'],
    ['Production', 'measure', 'production'],
    ['Produced', 'measure', 'production'],
    ['Built', 'measure', 'production'],
    ['builds', 'measure', 'production'],
    ['Output', 'measure', 'production'],
    ['Orders', 'measure', 'orders'],
    ['Net orders', 'measure', 'orders'],
    ['New Orders', 'measure', 'orders'],
    ['Order intake', 'measure', 'orders'],
    ['order-intake', 'measure', 'orders'],
    ['Backlog', 'measure', 'backlog'],
    ['Open orders', 'measure', 'backlog'],
    ['Order backlog', 'measure', 'backlog'],
    ['Unscheduled', 'measure', 'unscheduled'],
    ['Inventory', 'measure', 'inventory'],
    ['Region', 'region', undefined],
    ['market', 'region', undefined],
    ['Country', 'region', undefined],
    ['country', 'region', undefined],
    ['Area', 'region', undefined],
    ['Territory', 'region', undefined],
    ['Model', 'model', undefined],
    ['Model line', 'model', undefined],
    ['Vehicle', 'model', undefined],
    ['Date', 'date', undefined],
    ['Day', 'date', undefined],
    ['As of', 'date', undefined],
    ['as-of', 'date', undefined],
    ['Period', 'period', undefined],
    ['Month', 'period', undefined],
    ['Quarter', 'period', undefined],
    ['VIN', 'vin', undefined],
    ['Order date', 'order-date', undefined],
    ['Build date', 'build-date', undefined],
    ['Production date', 'build-date', undefined],
    ['Delivery date', 'delivery-date', undefined],
    ['Scheduled date', 'scheduled-date', undefined],
    ['source', 'ignore', undefined],
    ['Notes', 'ignore', undefined],
    ['', 'ignore', undefined],
    ['__proto__', 'ignore', undefined],
    ['constructor', 'ignore', undefined],
    ['toString', 'ignore', undefined],
  ])('%j → %s %s', (header, role, measure) => {
    const match = matchHeader(header);
    expect(match.role).toBe(role);
    expect(match.measure).toBe(measure);
    expect(match.region).toBeUndefined();
  });
});

describe('matchHeader: wide headers name a region and a measure', () => {
  it.each([
    ['North America deliveries', 'deliveries', 'North America'],
    ['Europe deliveries', 'deliveries', 'Europe'],
    ['China production', 'production', 'China'],
    ['Deliveries – Norway', 'deliveries', 'Norway'],
    ['deliveries (Netherlands)', 'deliveries', 'Netherlands'],
    ['Europe open orders', 'backlog', 'Europe'],
    ['US units delivered', 'deliveries', 'US'],
  ])('%j → %s in %j', (header, measure, region) => {
    expect(matchHeader(header)).toEqual({ role: 'measure', measure, region });
  });

  it.each([
    'Cumulative deliveries',
    'Deliveries to date',
    'Deliveries target',
    'Delivery share %',
    'YTD production',
  ])('%j is not a daily count and is ignored', (header) => {
    expect(matchHeader(header).role).toBe('ignore');
  });
});
