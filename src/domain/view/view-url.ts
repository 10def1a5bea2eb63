import type { Goal, TargetSettings } from '../metrics/types';
import type { FiscalYearStartMonth } from '../periods/types';
import { DEFAULT_VIEW, targetKey, type ViewState } from './view-state';

/** Bumped when the meaning of a parameter changes; links keep saying which version made them. */
export const VIEW_VERSION = 1;

export interface ViewProblem {
  code:
    'bad-version' | 'too-new' | 'old-version' | 'bad-period' | 'bad-fiscal-start' | 'bad-targets';
  message: string;
  /** The URL parameter the problem is in. */
  param: string;
}

export interface DecodedView {
  view: ViewState;
  problems: ViewProblem[];
}

const PERIOD_ID = /^(?:FY)?\d{4}-(?:Q[1-4]|0[1-9]|1[0-2])$/;

/** A stored target: [period id, regions, models, settings]. Settings use short names to keep links short. */
type TargetEntry = [
  string,
  string[],
  string[],
  { g?: number | [number, number]; r?: number; b?: number },
];

/** The view as URL search parameters (without the leading "?"). */
export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  params.set('v', String(VIEW_VERSION));
  if (view.periodId !== null) params.set('period', view.periodId);
  if (view.fiscalStart !== DEFAULT_VIEW.fiscalStart) params.set('fy', String(view.fiscalStart));
  for (const region of view.regions) params.append('region', region);
  for (const model of view.models) params.append('model', model);
  const entries = Object.entries(view.targets).map(([key, settings]) => targetEntry(key, settings));
  if (entries.length > 0) params.set('targets', JSON.stringify(entries));
  return params.toString();
}

function targetEntry(key: string, settings: TargetSettings): TargetEntry {
  // Keys are always made by targetKey; anything else is a programming error.
  const [periodId, regions, models] = JSON.parse(key) as [string, string[], string[]];
  const short: TargetEntry[3] = {};
  if (settings.goal !== undefined) {
    short.g =
      settings.goal.high === undefined
        ? settings.goal.low
        : [settings.goal.low, settings.goal.high];
  }
  if (settings.recordOverride !== undefined) short.r = settings.recordOverride;
  if (settings.openingBacklog !== undefined) short.b = settings.openingBacklog;
  return [periodId, regions, models, short];
}

/**
 * Reads a view from URL search parameters (with or without the "?"). Never throws: whatever
 * cannot be read falls back to the default and is reported as a problem naming the parameter.
 */
export function decodeView(search: string): DecodedView {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const problems: ViewProblem[] = [];
  const versionText = params.get('v');
  if (versionText !== null) {
    const version = Number(versionText);
    if (!Number.isInteger(version) || version < 0) {
      return fallback(
        'bad-version',
        `The link's view version "${versionText}" is not one this app wrote; showing the default view.`,
      );
    }
    if (version > VIEW_VERSION) {
      return fallback(
        'too-new',
        `This link was made by a newer version of Record Pace (view version ${version}); showing the default view. Reload to get the newest version.`,
      );
    }
    if (version < VIEW_VERSION) {
      problems.push({
        code: 'old-version',
        message: `This link was made by an older version of Record Pace (view version ${version}); parts of the view may not be restored.`,
        param: 'v',
      });
    }
  }

  const view: ViewState = { ...DEFAULT_VIEW, regions: [], models: [], targets: {} };
  const periodId = params.get('period');
  if (periodId !== null) {
    if (PERIOD_ID.test(periodId)) view.periodId = periodId;
    else
      problems.push({
        code: 'bad-period',
        message: `"${periodId}" is not a period like 2019-Q2 or 2019-06; showing the latest period.`,
        param: 'period',
      });
  }
  const fiscalText = params.get('fy');
  if (fiscalText !== null) {
    const month = Number(fiscalText);
    if (Number.isInteger(month) && month >= 1 && month <= 12)
      view.fiscalStart = month as FiscalYearStartMonth;
    else
      problems.push({
        code: 'bad-fiscal-start',
        message: `"${fiscalText}" is not a month number 1–12 for the fiscal year start; using January.`,
        param: 'fy',
      });
  }
  view.regions = params.getAll('region');
  view.models = params.getAll('model');
  const targetsText = params.get('targets');
  if (targetsText !== null) view.targets = decodeTargets(targetsText, problems);
  return { view, problems };

  function fallback(code: ViewProblem['code'], message: string): DecodedView {
    return {
      view: { ...DEFAULT_VIEW, regions: [], models: [], targets: {} },
      problems: [{ code, message, param: 'v' }],
    };
  }
}

function decodeTargets(text: string, problems: ViewProblem[]): Record<string, TargetSettings> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    problems.push({
      code: 'bad-targets',
      message: `The goals and records in the link could not be read (${(error as Error).message}); they are left out.`,
      param: 'targets',
    });
    return {};
  }
  if (!Array.isArray(parsed)) {
    problems.push({
      code: 'bad-targets',
      message: 'The goals and records in the link are not a list; they are left out.',
      param: 'targets',
    });
    return {};
  }
  const entries: [string, TargetSettings][] = [];
  parsed.forEach((entry: unknown, index) => {
    const settings = targetFromEntry(entry);
    if (settings === null) {
      problems.push({
        code: 'bad-targets',
        message: `Goal or record number ${index + 1} in the link is not readable; it is left out.`,
        param: 'targets',
      });
      return;
    }
    entries.push(settings);
  });
  // fromEntries defines own properties, so a key such as "__proto__" cannot reach a prototype.
  return Object.fromEntries(entries);
}

function targetFromEntry(entry: unknown): [string, TargetSettings] | null {
  if (!Array.isArray(entry) || entry.length !== 4) return null;
  const [periodId, regions, models, short] = entry as unknown[];
  if (typeof periodId !== 'string' || !PERIOD_ID.test(periodId)) return null;
  if (!isStringList(regions) || !isStringList(models)) return null;
  if (typeof short !== 'object' || short === null || Array.isArray(short)) return null;
  const { g, r, b } = short as Record<string, unknown>;
  const settings: TargetSettings = {};
  if (g !== undefined) {
    const goal = goalFrom(g);
    if (goal === null) return null;
    settings.goal = goal;
  }
  if (r !== undefined) {
    if (!isCount(r)) return null;
    settings.recordOverride = r;
  }
  if (b !== undefined) {
    if (!isCount(b)) return null;
    settings.openingBacklog = b;
  }
  return [targetKey(periodId, { regions, models }), settings];
}

function goalFrom(value: unknown): Goal | null {
  if (isCount(value)) return { low: value };
  if (Array.isArray(value) && value.length === 2) {
    const [low, high] = value as unknown[];
    if (isCount(low) && isCount(high) && high > low) return { low, high };
  }
  return null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
