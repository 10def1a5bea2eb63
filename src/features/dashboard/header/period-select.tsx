import type { PeriodOptions } from '../../../domain/view/resolve-view';
import type { Period } from '../../../domain/periods/types';

interface PeriodSelectProps {
  options: PeriodOptions;
  period: Period;
  onChange: (periodId: string) => void;
}

/** Quarters, then months, each newest first. */
export function PeriodSelect({ options, period, onChange }: PeriodSelectProps) {
  const listed = [...options.quarters, ...options.months].some((option) => option.id === period.id);
  return (
    <label className="flex flex-col gap-1">
      <span className="rp-label">Period</span>
      <select
        className="rp-field"
        value={period.id}
        onChange={(event) => onChange(event.target.value)}
      >
        {listed ? null : <option value={period.id}>{period.label}</option>}
        {options.quarters.length > 0 ? (
          <optgroup label="Quarters">
            {options.quarters.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ) : null}
        {options.months.length > 0 ? (
          <optgroup label="Months">
            {options.months.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </label>
  );
}
