import type { SampleModel } from './sample-countries';

/** Per model line, one figure per quarter (Q1…Q4). */
export type QuarterlyByModel = Readonly<
  Record<SampleModel, readonly [number, number, number, number]>
>;

/**
 * Tesla's published 2019 global figures as released that day (not the later revisions), from
 * shared/data/tesla-quarterly-press-releases.csv: "Model 3" is the file's model_3_y column,
 * "Model S/X" its "other" column. A test checks these against the file.
 */
export const PRESS_RELEASE_DELIVERIES_2019: QuarterlyByModel = {
  'Model 3': [50_900, 77_550, 79_600, 92_550],
  'Model S/X': [12_100, 17_650, 17_400, 19_450],
};

export const PRESS_RELEASE_PRODUCTION_2019: QuarterlyByModel = {
  'Model 3': [62_950, 72_531, 79_837, 86_958],
  'Model S/X': [14_150, 14_517, 16_318, 17_933],
};
