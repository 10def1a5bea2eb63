import { useMemo } from 'react';
import type { RecordInfo } from '../../../domain/metrics/types';
import type { Period } from '../../../domain/periods/types';
import type { Dataset } from '../../../domain/records/dataset';
import { regionTree } from '../../../domain/records/regions';
import { periodOptions, withFiscalStart } from '../../../domain/view/resolve-view';
import {
  selectionOf,
  settingsFor,
  targetKey,
  withSettings,
  type ViewState,
} from '../../../domain/view/view-state';
import { ModelFilter } from './model-filter';
import { PeriodSelect } from './period-select';
import { RegionsPicker } from './regions-picker';
import { SettingsPanel } from './settings-panel';
import { TargetSettingsFields } from './target-settings';

interface DashboardControlsProps {
  dataset: Dataset;
  view: ViewState;
  /** The period the view resolved to. */
  period: Period;
  /** The record found in the data for this period and selection. */
  computedRecord: RecordInfo | null;
  onViewChange: (view: ViewState) => void;
}

/** Period, Regions, Models, Goal, Record and Settings: every change is a new view. */
export function DashboardControls({
  dataset,
  view,
  period,
  computedRecord,
  onViewChange,
}: DashboardControlsProps) {
  const options = useMemo(
    () => periodOptions(dataset, view.fiscalStart),
    [dataset, view.fiscalStart],
  );
  const tree = useMemo(() => regionTree(dataset), [dataset]);
  const models = useMemo(() => dataset.models.filter((model) => model !== ''), [dataset]);
  const derivesBacklog =
    dataset.measures.orders !== undefined && dataset.measures.backlog === undefined;
  const selection = selectionOf(view);
  const settings = settingsFor(view, period.id, selection);
  const key = targetKey(period.id, selection);
  const changeSettings = (next: typeof settings) =>
    onViewChange(withSettings(view, period.id, selection, next));

  return (
    <div
      className="flex flex-wrap items-start gap-x-4 gap-y-2"
      role="group"
      aria-label="Dashboard settings"
    >
      <PeriodSelect
        options={options}
        period={period}
        onChange={(periodId) => onViewChange({ ...view, periodId })}
      />
      <div className="flex flex-col gap-1">
        <span className="rp-label" aria-hidden="true">
          Selection
        </span>
        <div className="flex flex-wrap gap-2">
          <RegionsPicker
            tree={tree}
            regions={view.regions}
            onChange={(regions) => onViewChange({ ...view, regions })}
          />
          {models.length > 0 ? (
            <ModelFilter
              available={models}
              models={view.models}
              onChange={(next) => onViewChange({ ...view, models: next })}
            />
          ) : null}
        </div>
      </div>
      <TargetSettingsFields
        key={key}
        settings={settings}
        computedRecord={computedRecord}
        onChange={changeSettings}
      />
      <div className="flex flex-col gap-1 self-end pb-5">
        <SettingsPanel
          fiscalStart={view.fiscalStart}
          onFiscalStartChange={(month) =>
            onViewChange(withFiscalStart(view, dataset, period, month))
          }
          openingBacklog={derivesBacklog ? { settings, onChange: changeSettings, key } : null}
        />
      </div>
    </div>
  );
}
