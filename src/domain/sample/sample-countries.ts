/** The sample's countries (ISO 3166-1 alpha-2) by the continent the dashboard rolls them up to. */
export const NORTH_AMERICA = ['US', 'CA'] as const;
export const EUROPE = [
  'NO',
  'NL',
  'DE',
  'GB',
  'FR',
  'BE',
  'CH',
  'SE',
  'DK',
  'AT',
  'IT',
  'ES',
] as const;
export const CHINA = ['CN'] as const;

export type NorthAmericaCountry = (typeof NORTH_AMERICA)[number];
export type EuropeCountry = (typeof EUROPE)[number];
export type SampleCountry = NorthAmericaCountry | EuropeCountry | (typeof CHINA)[number];

/** Row order in the generated file: North America, Europe, China. */
export const SAMPLE_COUNTRIES: readonly SampleCountry[] = [...NORTH_AMERICA, ...EUROPE, ...CHINA];

export const MODEL_3 = 'Model 3';
export const MODEL_SX = 'Model S/X';
export type SampleModel = typeof MODEL_3 | typeof MODEL_SX;
export const SAMPLE_MODELS: readonly SampleModel[] = [MODEL_3, MODEL_SX];

export const SAMPLE_YEAR = 2019;
