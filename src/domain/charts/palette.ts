/**
 * Chart colours for the light and dark theme. Hues come from the Okabe–Ito and Paul Tol palettes,
 * which stay distinct for the common colour-vision deficiencies; lines also differ by dash so no
 * meaning rests on colour alone. Deliveries are the same blue in every chart. The values are
 * checked against WCAG contrast in palette.test.ts: text 4.5:1, marks 3:1 on the chart surface.
 */
export interface ChartTheme {
  surface: string;
  text: string;
  mutedText: string;
  grid: string;
  axis: string;
  deliveries: string;
  production: string;
  backlog: string;
  inventory: string;
  target: string;
  record: string;
  ideal: string;
  /** Earlier periods in the comparison chart: deliberately faint, context not content. */
  faded: string;
  /** Categorical colours for series without a role of their own, in assignment order. */
  categorical: readonly string[];
}

export type ThemeName = 'light' | 'dark';

export const CHART_THEMES: Readonly<Record<ThemeName, ChartTheme>> = {
  light: {
    surface: '#ffffff',
    text: '#111827',
    mutedText: '#4b5563',
    grid: '#e5e7eb',
    axis: '#6b7280',
    deliveries: '#0072b2',
    production: '#b35900',
    backlog: '#aa3377',
    inventory: '#007a5a',
    target: '#c23b00',
    record: '#6a3d9a',
    ideal: '#6b7280',
    faded: '#c4c9d1',
    categorical: ['#0072b2', '#b35900', '#007a5a', '#aa3377', '#6a3d9a', '#c23b00', '#3d6e8a'],
  },
  dark: {
    surface: '#111827',
    text: '#f3f4f6',
    mutedText: '#b6bcc6',
    grid: '#374151',
    axis: '#9ca3af',
    deliveries: '#56b4e9',
    production: '#e69f00',
    backlog: '#e58fc0',
    inventory: '#2ec4a0',
    target: '#ff8a5c',
    record: '#c4a7e7',
    ideal: '#9ca3af',
    faded: '#4b5563',
    categorical: ['#56b4e9', '#e69f00', '#2ec4a0', '#e58fc0', '#c4a7e7', '#ff8a5c', '#a3c9e0'],
  },
};

function channel(hex: string, offset: number): number {
  const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Gives each key a colour: keys in `fixed` keep theirs (deliveries stay blue), the others take
 * the palette's colours in order, skipping the fixed ones, and cycle when there are more keys
 * than colours. The same keys in the same order always get the same colours.
 */
export function assignColours(
  keys: readonly string[],
  palette: readonly string[],
  fixed: Readonly<Record<string, string>> = {},
): Map<string, string> {
  if (palette.length === 0) throw new RangeError('assignColours: empty palette');
  const taken = new Set(Object.values(fixed));
  const free = palette.filter((colour) => !taken.has(colour));
  const cycle = free.length > 0 ? free : palette;
  const colours = new Map<string, string>();
  let next = 0;
  for (const key of keys) {
    if (colours.has(key)) continue;
    if (Object.hasOwn(fixed, key)) {
      colours.set(key, fixed[key] as string);
      continue;
    }
    colours.set(key, cycle[next % cycle.length] as string);
    next++;
  }
  return colours;
}
