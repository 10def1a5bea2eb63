import { isoFromDay } from '../../records/calendar-day';
import type { DailyRecord } from '../../records/dataset';
import { MEASURES, type Measure } from '../../records/measures';
import type { ImportIssue } from '../types';
import { summariseIssues } from '../summarise-issues';

export interface FileRecords {
  file: string;
  records: DailyRecord[];
}

export interface MergedRecords {
  records: DailyRecord[];
  /** Days, regions and models given by more than one file (summarised), and files replaced. */
  overlaps: ImportIssue[];
}

interface Slot {
  record: DailyRecord;
  /** Which source set each measure, to tell overlaps between files from rows of one file. */
  owner: Partial<Record<Measure, number>>;
}

function overlapIssue(
  record: DailyRecord,
  measures: Measure[],
  earlier: string,
  later: string,
): ImportIssue {
  const what = [isoFromDay(record.day), record.region, record.model ?? '']
    .filter((p) => p !== '')
    .join(' · ');
  return {
    code: 'overlap',
    severity: 'warning',
    message: `${what}: ${measures.join(', ')} are also in ${earlier}; the figures from ${later} are used, not added.`,
    file: later,
    hint: 'Remove one of the files if they hold the same data, or keep the later one as the correction.',
  };
}

/**
 * Merges the records of several files (after those already loaded) into one list. A file loaded
 * again replaces its earlier version. When two files give the same measure for the same day,
 * region and model, the later file wins and an overlap is reported, so nothing is counted twice
 * silently; measures that only one file gives are combined (deliveries from one file, production
 * from another). Records of one file with the same key are added up.
 */
export function mergeTables(
  tables: readonly FileRecords[],
  existing: readonly FileRecords[] = [],
): MergedRecords {
  const incoming = new Set(tables.map((t) => t.file));
  const kept = existing.filter((e) => !incoming.has(e.file));
  const issues: ImportIssue[] = existing
    .filter((e) => incoming.has(e.file))
    .map((e) => ({
      code: 'replaced',
      severity: 'info' as const,
      message: `${e.file} was loaded before; its earlier data is replaced.`,
      file: e.file,
    }));
  const sources = [...kept, ...tables];
  const slots = new Map<string, Slot>();
  sources.forEach((source, sourceIndex) => {
    for (const record of source.records) {
      const model = record.model ?? '';
      const key = `${record.day}\u0000${record.region}\u0000${model}`;
      const slot = slots.get(key);
      if (!slot) {
        const owner: Slot['owner'] = {};
        for (const measure of MEASURES)
          if (record.values[measure] !== undefined) owner[measure] = sourceIndex;
        slots.set(key, { record: { ...record, model, values: { ...record.values } }, owner });
        continue;
      }
      const overlapping = new Map<number, Measure[]>();
      for (const measure of MEASURES) {
        const value = record.values[measure];
        if (value === undefined) continue;
        const previous = slot.owner[measure];
        if (previous === sourceIndex) {
          slot.record.values[measure] = (slot.record.values[measure] ?? 0) + value;
          continue;
        }
        if (previous !== undefined)
          overlapping.set(previous, [...(overlapping.get(previous) ?? []), measure]);
        slot.record.values[measure] = value;
        slot.owner[measure] = sourceIndex;
        if (record.granularity !== undefined) slot.record.granularity = record.granularity;
      }
      for (const [previous, measures] of overlapping) {
        issues.push(overlapIssue(record, measures, sources[previous]?.file ?? '', source.file));
      }
    }
  });
  return {
    records: [...slots.values()].map((slot) => slot.record),
    overlaps: summariseIssues(issues),
  };
}
