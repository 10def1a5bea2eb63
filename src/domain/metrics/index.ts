/**
 * The metric engine's public face. Everything here is pure: (dataset, period, selection,
 * settings) in, plain numbers and series out. UI code imports from here only.
 */
export type * from './types';
export { computeKpis, type KpiOptions } from './kpis';
export {
  dailySeries,
  burnDownSeries,
  cumulativeByDayOfPeriod,
  endOfPeriodShares,
  modelMix,
  type CumulativeOptions,
  type ModelDeliveries,
} from './series';
export { chanceToReach, SIMULATED_ENDINGS } from './chance';
