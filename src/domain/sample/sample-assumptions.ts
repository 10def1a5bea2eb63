import type { SampleModel } from './sample-countries';

/** One figure per quarter, Q1…Q4. */
export type Quarterly = readonly [number, number, number, number];

/** How a quarter's deliveries fall on its three months, per quarter. Each triple sums to 1. */
export type MonthShares = readonly [
  readonly [number, number, number],
  readonly [number, number, number],
  readonly [number, number, number],
  readonly [number, number, number],
];

/**
 * Invented quarterly deliveries for countries the registrations file does not cover (Canada,
 * Belgium, Denmark) and for China's Model S/X (the file has China's Model 3 only). They are
 * plausible orders of magnitude, not reported figures.
 */
export const ASSUMED_QUARTERLY_DELIVERIES: Readonly<
  Record<'CA' | 'BE' | 'DK' | 'CN', Readonly<Partial<Record<SampleModel, Quarterly>>>>
> = {
  CA: { 'Model 3': [1_000, 3_000, 1_800, 1_700], 'Model S/X': [250, 300, 280, 320] },
  BE: { 'Model 3': [500, 700, 800, 1_100], 'Model S/X': [150, 180, 160, 170] },
  DK: { 'Model 3': [250, 450, 400, 700], 'Model S/X': [60, 80, 70, 90] },
  CN: { 'Model S/X': [700, 900, 800, 900] },
};

/**
 * The US last-month shares stay inside the 41–48 % DOMAIN.md reports; Q2 follows the estimates
 * quoted there (April 11,925, May 16,350, June 25,700) in spirit, a little flatter.
 */
export const US_MONTH_SHARES: MonthShares = [
  [0.24, 0.31, 0.45],
  [0.23, 0.32, 0.45],
  [0.27, 0.29, 0.44],
  [0.25, 0.29, 0.46],
];

export const CANADA_MONTH_SHARES: MonthShares = [
  [0.25, 0.3, 0.45],
  [0.2, 0.35, 0.45],
  [0.28, 0.29, 0.43],
  [0.26, 0.29, 0.45],
];

/**
 * European quarters are back-loaded (ships arrive, then a push). The Model 3 reached continental
 * Europe in February and right-hand-drive markets in June 2019, hence the zeros. The UK's big
 * months are March and September, when new number plates come out.
 */
export const EUROPE_MONTH_SHARES: Readonly<Record<SampleModel, MonthShares>> = {
  'Model 3': [
    [0, 0.35, 0.65],
    [0.12, 0.13, 0.75],
    [0.15, 0.15, 0.7],
    [0.12, 0.2, 0.68],
  ],
  'Model S/X': [
    [0.25, 0.25, 0.5],
    [0.2, 0.2, 0.6],
    [0.2, 0.2, 0.6],
    [0.2, 0.25, 0.55],
  ],
};

export const GB_MONTH_SHARES: Readonly<Record<SampleModel, MonthShares>> = {
  'Model 3': [
    [0, 0, 1],
    [0, 0, 1],
    [0.12, 0.1, 0.78],
    [0.2, 0.25, 0.55],
  ],
  'Model S/X': [
    [0.22, 0.13, 0.65],
    [0.2, 0.2, 0.6],
    [0.12, 0.1, 0.78],
    [0.2, 0.25, 0.55],
  ],
};

export const CN_SX_MONTH_SHARES: MonthShares = [
  [0.3, 0.2, 0.5],
  [0.3, 0.25, 0.45],
  [0.3, 0.25, 0.45],
  [0.2, 0.35, 0.45],
];
