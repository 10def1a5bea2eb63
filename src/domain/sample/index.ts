/** The illustrative 2019 sample dataset (not real daily data): generator and CSV writer. */
export { generateSample } from './generate-sample';
export { sampleToCsv, SAMPLE_FILE_NAME, SAMPLE_CSV_HEADER } from './sample-csv';
export {
  SAMPLE_COUNTRIES,
  SAMPLE_MODELS,
  SAMPLE_YEAR,
  NORTH_AMERICA,
  EUROPE,
  CHINA,
  MODEL_3,
  MODEL_SX,
} from './sample-countries';
export type { SampleCountry, SampleModel } from './sample-countries';
