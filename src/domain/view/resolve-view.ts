import type { Selection, TargetSettings } from '../metrics/types';
import { listPeriods, periodById, periodOf } from '../periods';
import type { FiscalYearStartMonth, Period } from '../periods/types';
import type { Dataset } from '../records/dataset';
import { lastDataDay } from '../records/select';
import { selectionOf, settingsFor, type ViewState } from './view-state';

export interface ResolvedView {
  period: Period;
  selection: Selection;
  settings: TargetSettings;
  /** Said on screen when the view asked for something the data cannot show. */
  notes: string[];
}

export interface PeriodOptions {
  /** Newest first. */
  quarters: Period[];
  months: Period[];
}

/** The quarters and months that hold data, newest first: the current period leads the list. */
export function periodOptions(dataset: Dataset, fiscalStart: FiscalYearStartMonth): PeriodOptions {
  return {
    quarters: listPeriods(dataset, 'quarter', fiscalStart).reverse(),
    months: listPeriods(dataset, 'month', fiscalStart).reverse(),
  };
}

/** The quarter holding the latest data day: what the dashboard opens on. */
export function defaultPeriod(dataset: Dataset, fiscalStart: FiscalYearStartMonth): Period | null {
  const latest = lastDataDay(dataset);
  return latest === null ? null : periodOf(latest, 'quarter', fiscalStart);
}

/**
 * The view applied to one dataset. A period the data does not hold (a link made for other data)
 * falls back to the default period and says so. Null when the dataset holds no value at all.
 */
export function resolveView(view: ViewState, dataset: Dataset): ResolvedView | null {
  const fallback = defaultPeriod(dataset, view.fiscalStart);
  if (fallback === null) return null;
  const notes: string[] = [];
  let period = fallback;
  if (view.periodId !== null) {
    const asked = periodById(view.periodId, view.fiscalStart);
    const options = asked ? listPeriods(dataset, asked.kind, view.fiscalStart) : [];
    if (asked && options.some((option) => option.id === asked.id)) period = asked;
    else
      notes.push(
        `The data holds nothing for ${asked?.label ?? view.periodId}; showing ${fallback.label}.`,
      );
  }
  const selection = selectionOf(view);
  return { period, selection, settings: settingsFor(view, period.id, selection), notes };
}

/**
 * Changes the fiscal year's first month. Quarter ids change with it, so a chosen quarter is
 * replaced by the quarter of the new scheme holding its last data day; months stay.
 */
export function withFiscalStart(
  view: ViewState,
  dataset: Dataset,
  current: Period,
  fiscalStart: FiscalYearStartMonth,
): ViewState {
  if (view.periodId === null || current.kind === 'month') return { ...view, fiscalStart };
  const latest = lastDataDay(dataset) ?? current.end;
  const anchor = Math.min(current.end, latest);
  return { ...view, fiscalStart, periodId: periodOf(anchor, 'quarter', fiscalStart).id };
}
