import { isoFromDay } from '../../records/calendar-day';
import { MEASURES } from '../../records/measures';
import type { RowEntry } from './spread-periods';
import type { DuplicateGroup } from './types';

function keyOf(entry: RowEntry): string {
  return `${entry.span.start}\u0000${entry.span.end}\u0000${entry.region}\u0000${entry.model}`;
}

function labelOf(entry: RowEntry): string {
  const when =
    entry.span.granularity === 'day'
      ? isoFromDay(entry.span.start)
      : `${isoFromDay(entry.span.start)}–${isoFromDay(entry.span.end)}`;
  return [when, entry.region, entry.model].filter((part) => part !== '').join(' · ');
}

/** Entries of the same date (or period), region and model, with their source rows. */
export function findDuplicates(entries: readonly RowEntry[]): DuplicateGroup[] {
  const byKey = new Map<string, RowEntry[]>();
  for (const entry of entries) {
    const group = byKey.get(keyOf(entry));
    if (group) group.push(entry);
    else byKey.set(keyOf(entry), [entry]);
  }
  const groups: DuplicateGroup[] = [];
  for (const group of byKey.values()) {
    const first = group[0];
    if (!first || group.length < 2) continue;
    groups.push({
      label: labelOf(first),
      day: first.span.start,
      region: first.region,
      model: first.model,
      rows: group.flatMap((entry) => entry.rows),
    });
  }
  return groups;
}

/**
 * Combines entries of the same key: 'sum' adds measure by measure (a blank plus a number is the
 * number); 'keep-last' takes, measure by measure, the value of the last row that has one.
 */
export function combineDuplicates(
  entries: readonly RowEntry[],
  policy: 'sum' | 'keep-last',
): RowEntry[] {
  const byKey = new Map<string, RowEntry>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { ...entry, values: { ...entry.values }, rows: [...entry.rows] });
      continue;
    }
    existing.rows.push(...entry.rows);
    for (const measure of MEASURES) {
      const value = entry.values[measure];
      if (value === undefined) continue;
      existing.values[measure] = policy === 'sum' ? (existing.values[measure] ?? 0) + value : value;
    }
  }
  return [...byKey.values()];
}
