import type { TargetSettings } from '../../../domain/metrics/types';
import { MONTH_NAMES } from '../../../domain/periods';
import type { FiscalYearStartMonth } from '../../../domain/periods/types';
import { parseOptionalQuantity } from '../../../domain/view/goal';
import { formatCount } from '../../../lib/format';
import { Disclosure } from './disclosure';
import { ParsedField } from './parsed-field';

interface SettingsPanelProps {
  fiscalStart: FiscalYearStartMonth;
  onFiscalStartChange: (month: FiscalYearStartMonth) => void;
  /** Shown when the backlog is derived from orders: the backlog open when the period began. */
  openingBacklog: {
    settings: TargetSettings;
    onChange: (settings: TargetSettings) => void;
    key: string;
  } | null;
}

export function SettingsPanel({
  fiscalStart,
  onFiscalStartChange,
  openingBacklog,
}: SettingsPanelProps) {
  return (
    <Disclosure label="Settings" align="end">
      <div className="flex flex-col gap-3 text-sm">
        <label className="flex flex-col gap-1">
          <span className="rp-label">Fiscal year starts in</span>
          <select
            className="rp-field"
            value={fiscalStart}
            onChange={(event) =>
              onFiscalStartChange(Number(event.target.value) as FiscalYearStartMonth)
            }
          >
            {MONTH_NAMES.map((name, index) => (
              <option key={name} value={index + 1}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {openingBacklog ? (
          <ParsedField
            key={openingBacklog.key}
            label="Opening backlog"
            text={
              openingBacklog.settings.openingBacklog !== undefined
                ? formatCount(openingBacklog.settings.openingBacklog)
                : ''
            }
            parse={parseOptionalQuantity}
            format={(value) => (value === null ? '' : formatCount(value))}
            onCommit={(value) =>
              openingBacklog.onChange({
                ...openingBacklog.settings,
                openingBacklog: value ?? undefined,
              })
            }
            placeholder="0"
            hint="Open orders when the period began; the backlog is this plus orders minus deliveries."
          />
        ) : null}
      </div>
    </Disclosure>
  );
}
