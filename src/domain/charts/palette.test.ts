import fc from 'fast-check';
import { CHART_THEMES, assignColours, contrastRatio, relativeLuminance } from './palette';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#0072b2', '#ffffff', 5.19],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 1);
  });

  it.each(['red', '#fff', '#gggggg', ''])('rejects %j as a bug', (colour) => {
    expect(() => relativeLuminance(colour)).toThrow(RangeError);
  });
});

describe.each(Object.entries(CHART_THEMES))('the %s chart theme', (_, theme) => {
  it.each([
    ['text', theme.text],
    ['muted text', theme.mutedText],
  ])('%s has 4.5:1 contrast on the surface (WCAG 1.4.3)', (_, colour) => {
    expect(contrastRatio(colour, theme.surface)).toBeGreaterThanOrEqual(4.5);
  });

  // Role colours also colour the text of reference-line labels, so they meet the text ratio.
  it.each([
    ['deliveries', theme.deliveries],
    ['production', theme.production],
    ['backlog', theme.backlog],
    ['inventory', theme.inventory],
    ['target', theme.target],
    ['record', theme.record],
    ['ideal', theme.ideal],
    ['axis', theme.axis],
  ])('%s has 4.5:1 contrast on the surface, as marks and as label text', (_, colour) => {
    expect(contrastRatio(colour, theme.surface)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(theme.categorical.map((colour, i) => [i + 1, colour] as const))(
    'categorical colour %i has 3:1 contrast on the surface (WCAG 1.4.11)',
    (_, colour) => {
      expect(contrastRatio(colour, theme.surface)).toBeGreaterThanOrEqual(3);
    },
  );

  it('the roles that share a chart have distinct colours', () => {
    const roles = [
      theme.deliveries,
      theme.production,
      theme.backlog,
      theme.inventory,
      theme.target,
      theme.record,
    ];
    expect(new Set(roles).size).toBe(roles.length);
  });
});

describe('assignColours', () => {
  const palette = ['#111111', '#222222', '#333333'];

  it.each([
    [['a', 'b'], {}, ['#111111', '#222222']],
    [['a', 'b', 'c', 'd'], {}, ['#111111', '#222222', '#333333', '#111111']],
    [['x', 'deliveries', 'y'], { deliveries: '#111111' }, ['#222222', '#111111', '#333333']],
    [['constructor'], {}, ['#111111']],
  ])('%j with fixed %j gets %j', (keys, fixed, expected) => {
    const colours = assignColours(keys, palette, fixed);
    expect(keys.map((key) => colours.get(key))).toEqual(expected);
  });

  it('is stable and gives a key its fixed colour wherever it is', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 12 }), (keys) => {
        const withDeliveries = [...keys.filter((k) => k !== 'deliveries'), 'deliveries'];
        const colours = assignColours(withDeliveries, palette, { deliveries: '#333333' });
        expect(colours.get('deliveries')).toBe('#333333');
        expect(assignColours(withDeliveries, palette, { deliveries: '#333333' })).toEqual(colours);
        for (const key of keys)
          if (key !== 'deliveries') expect(colours.get(key)).not.toBe('#333333');
      }),
    );
  });

  it('rejects an empty palette as a bug', () => {
    expect(() => assignColours(['a'], [])).toThrow(RangeError);
  });
});
