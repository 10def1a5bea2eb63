import type { Selection, TargetSettings } from '../metrics/types';
import type { FiscalYearStartMonth } from '../periods/types';

/**
 * Everything the dashboard shows that the user chose: it lives in the URL so that back, forward,
 * reload and a copied link give the same view. Nothing here depends on the data; it is resolved
 * against a dataset when drawn (an unknown period falls back to the latest one).
 */
export interface ViewState {
  /** A period id ("2019-Q2", "2019-06", "FY2020-Q1"); null = the period of the latest data day. */
  periodId: string | null;
  fiscalStart: FiscalYearStartMonth;
  /** Continents or region values as given; empty = all regions. */
  regions: string[];
  /** Empty = all models. */
  models: string[];
  /** Target settings per period and selection, keyed by `targetKey`. */
  targets: Record<string, TargetSettings>;
}

export const DEFAULT_VIEW: ViewState = {
  periodId: null,
  fiscalStart: 1,
  regions: [],
  models: [],
  targets: {},
};

export function selectionOf(view: Pick<ViewState, 'regions' | 'models'>): Selection {
  return { regions: [...view.regions], models: [...view.models] };
}

/**
 * The key of a period × selection. Order and repeats in the selection do not matter: "Europe,
 * US" and "US, Europe" are the same selection and share their goal.
 */
export function targetKey(periodId: string, selection: Selection): string {
  const canonical = (values: string[]) => [...new Set(values)].sort();
  return JSON.stringify([periodId, canonical(selection.regions), canonical(selection.models)]);
}

export function isEmptySettings(settings: TargetSettings): boolean {
  return (
    settings.goal === undefined &&
    settings.recordOverride === undefined &&
    settings.openingBacklog === undefined
  );
}

export function settingsFor(
  view: ViewState,
  periodId: string,
  selection: Selection,
): TargetSettings {
  return view.targets[targetKey(periodId, selection)] ?? {};
}

/** Returns a view with the settings of one period × selection replaced; empty settings are dropped. */
export function withSettings(
  view: ViewState,
  periodId: string,
  selection: Selection,
  settings: TargetSettings,
): ViewState {
  const key = targetKey(periodId, selection);
  const entries = Object.entries(view.targets).filter(([existing]) => existing !== key);
  const clean = withoutUndefined(settings);
  if (!isEmptySettings(clean)) entries.push([key, clean]);
  return { ...view, targets: Object.fromEntries(entries) };
}

function withoutUndefined(settings: TargetSettings): TargetSettings {
  const clean: TargetSettings = {};
  if (settings.goal !== undefined) {
    clean.goal =
      settings.goal.high === undefined
        ? { low: settings.goal.low }
        : { low: settings.goal.low, high: settings.goal.high };
  }
  if (settings.recordOverride !== undefined) clean.recordOverride = settings.recordOverride;
  if (settings.openingBacklog !== undefined) clean.openingBacklog = settings.openingBacklog;
  return clean;
}
