export type * from './types';
export {
  periodOf,
  periodById,
  fiscalStartOf,
  previousPeriod,
  nextPeriod,
  previousPeriods,
  dayOfPeriod,
  periodDays,
  periodContains,
  MONTH_NAMES,
} from './periods';
export { listPeriods } from './list-periods';
