import type { RecordInfo, TargetSettings } from '../../../domain/metrics/types';
import { parseGoal, parseOptionalQuantity } from '../../../domain/view/goal';
import { formatCount, formatGoalRange } from '../../../lib/format';
import { ParsedField } from './parsed-field';

interface TargetSettingsProps {
  settings: TargetSettings;
  /** The record found in the data, shown as the Record field's placeholder. */
  computedRecord: RecordInfo | null;
  onChange: (settings: TargetSettings) => void;
}

/** Goal and Record of the current period and selection. Remount per period × selection. */
export function TargetSettingsFields({ settings, computedRecord, onChange }: TargetSettingsProps) {
  const typedRecord = settings.recordOverride !== undefined;
  const placeholder =
    computedRecord && !typedRecord
      ? `computed: ${formatCount(computedRecord.total)} (${computedRecord.periodLabel})`
      : 'no earlier period in the data';
  return (
    <>
      <ParsedField
        className="w-full sm:w-44"
        label="Goal"
        text={settings.goal ? formatGoalRange(settings.goal) : ''}
        parse={parseGoal}
        format={(goal) => (goal ? formatGoalRange(goal) : '')}
        onCommit={(goal) => onChange({ ...settings, goal: goal ?? undefined })}
        placeholder="e.g. 33,000–36,000"
      />
      <ParsedField
        className="w-full sm:w-64"
        label="Record"
        text={settings.recordOverride !== undefined ? formatCount(settings.recordOverride) : ''}
        parse={parseOptionalQuantity}
        format={(value) => (value === null ? '' : formatCount(value))}
        onCommit={(value) => onChange({ ...settings, recordOverride: value ?? undefined })}
        placeholder={placeholder}
      />
    </>
  );
}
