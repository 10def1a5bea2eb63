import type { PeriodTotal } from './history';
import type { RecordInfo, Target, TargetSettings } from './types';

/** The record shown: the one the user typed, else the best earlier period found in the data. */
export function resolveRecord(
  settings: TargetSettings,
  fromData: PeriodTotal | null,
): RecordInfo | null {
  if (settings.recordOverride !== undefined && Number.isFinite(settings.recordOverride)) {
    return { total: settings.recordOverride, periodLabel: 'typed', periodId: null };
  }
  if (!fromData) return null;
  return {
    total: fromData.deliveries,
    periodLabel: fromData.period.label,
    periodId: fromData.period.id,
  };
}

/** Target = the goal where one is set (a range counts from its low end), else the record. */
export function resolveTarget(settings: TargetSettings, record: RecordInfo | null): Target {
  const goal = settings.goal;
  if (goal && Number.isFinite(goal.low)) return { kind: 'goal', value: goal.low, goal };
  if (record) return { kind: 'record', value: record.total, goal: null };
  return { kind: 'none', value: null, goal: null };
}
