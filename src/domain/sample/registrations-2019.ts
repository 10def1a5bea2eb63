import type { SampleCountry, SampleModel } from './sample-countries';

/** Twelve monthly figures, January first. */
export type MonthlyFigures = readonly number[];

/**
 * Monthly 2019 Tesla registrations of the European countries that
 * shared/data/tesla-registrations-by-country-2018-2020.csv has month by month ("Model S/X" is
 * Model S + Model X; a month missing from the file is 0). They are used as is for the sample's
 * monthly deliveries; a test checks them against the file.
 */
export const MONTHLY_REGISTRATIONS_2019: Readonly<
  Partial<Record<SampleCountry, Readonly<Record<SampleModel, MonthlyFigures>>>>
> = {
  NO: {
    'Model 3': [17, 791, 5315, 720, 705, 3012, 308, 649, 2342, 121, 452, 1251],
    'Model S/X': [169, 225, 507, 91, 305, 748, 184, 181, 420, 47, 91, 147],
  },
  NL: {
    'Model 3': [40, 474, 2188, 464, 414, 2482, 591, 1175, 5783, 290, 3945, 12053],
    'Model S/X': [15, 16, 14, 4, 20, 98, 39, 67, 121, 23, 136, 429],
  },
  DE: {
    'Model 3': [0, 959, 2224, 514, 317, 1336, 454, 356, 1516, 221, 188, 926],
    'Model S/X': [135, 133, 143, 61, 116, 269, 153, 158, 162, 72, 92, 203],
  },
  FR: {
    'Model 3': [0, 401, 1153, 251, 321, 1097, 304, 214, 1061, 178, 225, 1250],
    'Model S/X': [32, 44, 97, 54, 92, 188, 52, 79, 104, 14, 46, 185],
  },
  CH: {
    'Model 3': [0, 277, 1094, 492, 125, 584, 188, 108, 629, 108, 231, 1188],
    'Model S/X': [38, 39, 148, 43, 70, 75, 46, 84, 206, 79, 70, 133],
  },
  SE: {
    'Model 3': [0, 0, 1005, 446, 198, 524, 453, 148, 716, 47, 75, 604],
    'Model S/X': [37, 59, 101, 113, 168, 295, 123, 176, 286, 36, 155, 434],
  },
  AT: {
    'Model 3': [0, 136, 703, 142, 127, 346, 111, 83, 387, 25, 66, 216],
    'Model S/X': [16, 20, 24, 31, 32, 123, 52, 26, 71, 0, 53, 65],
  },
  IT: {
    'Model 3': [0, 80, 232, 149, 125, 372, 132, 71, 325, 54, 102, 296],
    'Model S/X': [18, 16, 37, 60, 21, 99, 35, 42, 50, 0, 34, 68],
  },
  ES: {
    'Model 3': [1, 200, 396, 51, 122, 281, 87, 63, 228, 26, 69, 163],
    'Model S/X': [14, 12, 18, 25, 30, 71, 40, 36, 33, 14, 18, 52],
  },
};

/**
 * The file has the UK only per quarter (country "UK"; ISO alpha-2 is GB). Its Model 3 figure for
 * Q1 is absent: right-hand-drive Model 3 deliveries began in June 2019.
 */
export const GB_QUARTERLY_REGISTRATIONS_2019: Readonly<Record<SampleModel, readonly number[]>> = {
  'Model 3': [0, 177, 5350, 5122],
  'Model S/X': [645, 797, 622, 455],
};

/** China Model 3 per month: the file's rough estimates (imports; Shanghai delivered from 30 Dec). */
export const CN_MODEL_3_MONTHLY_2019: MonthlyFigures = [
  0, 0, 5300, 3000, 2000, 6500, 1800, 1500, 4200, 500, 4658, 4800,
];
