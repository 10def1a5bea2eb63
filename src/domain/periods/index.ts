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
} from './periods';
export { listPeriods } from './list-periods';
