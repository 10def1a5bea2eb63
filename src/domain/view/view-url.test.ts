import fc from 'fast-check';
import type { FiscalYearStartMonth } from '../periods/types';
import { DEFAULT_VIEW, settingsFor, targetKey, withSettings, type ViewState } from './view-state';
import { decodeView, encodeView, VIEW_VERSION } from './view-url';

const periodIds = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `FY${y}-Q${q}`),
);
// Region and model names as people write them, including separators and non-ASCII letters.
const names = fc.string({ unit: 'grapheme', maxLength: 12 });
const counts = fc.integer({ min: 0, max: 5_000_000 });
const settings = fc.record(
  {
    goal: fc.oneof(
      counts.map((low) => ({ low })),
      fc
        .tuple(counts, fc.integer({ min: 1, max: 100_000 }))
        .map(([low, extra]) => ({ low, high: low + extra })),
    ),
    recordOverride: counts,
    openingBacklog: counts,
  },
  { requiredKeys: [] },
);
const views: fc.Arbitrary<ViewState> = fc
  .record({
    periodId: fc.option(periodIds, { nil: null }),
    fiscalStart: fc.integer({ min: 1, max: 12 }).map((m) => m as FiscalYearStartMonth),
    regions: fc.array(names, { maxLength: 4 }),
    models: fc.array(names, { maxLength: 3 }),
    targetList: fc.array(
      fc.tuple(
        periodIds,
        fc.array(names, { maxLength: 3 }),
        fc.array(names, { maxLength: 2 }),
        settings,
      ),
      { maxLength: 3 },
    ),
  })
  .map(({ targetList, ...rest }) =>
    targetList.reduce<ViewState>(
      (view, [periodId, regions, models, target]) =>
        withSettings(view, periodId, { regions, models }, target),
      { ...rest, targets: {} },
    ),
  );

describe('view in the URL', () => {
  it('round-trips every view through encode and decode without problems', () => {
    fc.assert(
      fc.property(views, (view) => {
        const decoded = decodeView(encodeView(view));
        expect(decoded.problems).toEqual([]);
        expect(decoded.view).toEqual(view);
      }),
    );
  });

  it('accepts the search string with its leading question mark', () => {
    const view: ViewState = { ...DEFAULT_VIEW, periodId: '2019-Q2', regions: ['Europe', 'US'] };
    expect(decodeView(`?${encodeView(view)}`).view).toEqual(view);
  });

  it('writes the version and only what differs from the default', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe(`v=${VIEW_VERSION}`);
    expect(
      encodeView({
        ...DEFAULT_VIEW,
        periodId: '2019-06',
        regions: ['North America'],
        fiscalStart: 4,
      }),
    ).toBe('v=1&period=2019-06&fy=4&region=North+America');
  });

  it('keeps goals per period and selection, whatever the order of the selected regions', () => {
    const view = withSettings(
      DEFAULT_VIEW,
      '2019-Q2',
      { regions: ['US', 'Europe'], models: [] },
      { goal: { low: 33000, high: 36000 } },
    );
    const decoded = decodeView(encodeView(view)).view;
    expect(settingsFor(decoded, '2019-Q2', { regions: ['Europe', 'US'], models: [] })).toEqual({
      goal: { low: 33000, high: 36000 },
    });
    expect(settingsFor(decoded, '2019-Q3', { regions: ['Europe', 'US'], models: [] })).toEqual({});
    expect(settingsFor(decoded, '2019-Q2', { regions: ['Europe'], models: [] })).toEqual({});
  });

  it('drops settings that become empty', () => {
    const selection = { regions: [], models: [] };
    const set = withSettings(DEFAULT_VIEW, '2019-Q2', selection, { recordOverride: 95200 });
    expect(Object.keys(set.targets)).toEqual([targetKey('2019-Q2', selection)]);
    expect(withSettings(set, '2019-Q2', selection, { recordOverride: undefined }).targets).toEqual(
      {},
    );
  });

  it('reads an empty search as the default view', () => {
    expect(decodeView('')).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it.each([
    ['v=2&period=2019-Q2', 'too-new', 'v'],
    ['v=abc&period=2019-Q2', 'bad-version', 'v'],
    ['v=1.5', 'bad-version', 'v'],
  ])('falls back to the default view for %j (%s)', (search, code, param) => {
    const decoded = decodeView(search);
    expect(decoded.view).toEqual(DEFAULT_VIEW);
    expect(decoded.problems).toEqual([expect.objectContaining({ code, param })]);
  });

  it('reads what it can from a link of an older version and says so', () => {
    const decoded = decodeView('v=0&period=2019-Q2');
    expect(decoded.view.periodId).toBe('2019-Q2');
    expect(decoded.problems).toEqual([expect.objectContaining({ code: 'old-version' })]);
  });

  it.each([
    ['v=1&period=last-quarter', 'bad-period', 'period', { periodId: null }],
    ['v=1&period=2019-Q5', 'bad-period', 'period', { periodId: null }],
    ['v=1&fy=13', 'bad-fiscal-start', 'fy', { fiscalStart: 1 }],
    ['v=1&fy=April', 'bad-fiscal-start', 'fy', { fiscalStart: 1 }],
    ['v=1&targets=%7Bnot+json', 'bad-targets', 'targets', { targets: {} }],
    ['v=1&targets=%7B%7D', 'bad-targets', 'targets', { targets: {} }],
    [
      'v=1&targets=' + encodeURIComponent('[["2019-Q2",[],[],{"g":-5}]]'),
      'bad-targets',
      'targets',
      { targets: {} },
    ],
    [
      'v=1&targets=' + encodeURIComponent('[["2019-Q2",[],[],{"g":[36000,33000]}]]'),
      'bad-targets',
      'targets',
      { targets: {} },
    ],
    [
      'v=1&targets=' + encodeURIComponent('[["__proto__",[],[],{"r":1}]]'),
      'bad-targets',
      'targets',
      { targets: {} },
    ],
  ])('reports %j as %s in %s and keeps the rest', (search, code, param, expected) => {
    const decoded = decodeView(`${search}&region=Europe`);
    expect(decoded.view).toMatchObject({ ...expected, regions: ['Europe'] });
    expect(decoded.problems).toEqual([expect.objectContaining({ code, param })]);
    expect(decoded.problems[0]?.message).toMatch(/\w+ \w+/);
  });

  it('keeps the readable targets when one of them is broken', () => {
    const text = JSON.stringify([
      ['2019-Q2', ['Europe'], [], { g: 1000 }],
      ['2019-Q3', 'x', [], {}],
    ]);
    const decoded = decodeView(`v=1&targets=${encodeURIComponent(text)}`);
    expect(settingsFor(decoded.view, '2019-Q2', { regions: ['Europe'], models: [] })).toEqual({
      goal: { low: 1000 },
    });
    expect(decoded.problems).toHaveLength(1);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const decoded = decodeView(search);
        expect(Array.isArray(decoded.problems)).toBe(true);
      }),
    );
  });
});
