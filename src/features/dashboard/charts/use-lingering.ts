import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from '../../../components/chart';

export interface Lingering<T> {
  item: T;
  /** No longer in the list: kept (to be hidden) until the page is idle. */
  leaving: boolean;
}

/**
 * The items, plus those that just left the list, until the page is idle. Taking a chart out of
 * the page costs as much as drawing one (Recharts unregisters every part of it): charts of regions
 * that were unticked go when nothing else is waiting, and come back as they were if ticked again
 * before that.
 */
export function useLingering<T>(items: readonly T[], keyOf: (item: T) => string): Lingering<T>[] {
  const [previous, setPrevious] = useState(items);
  const [leaving, setLeaving] = useState<readonly T[]>([]);
  if (previous !== items) {
    const staying = new Set(items.map(keyOf));
    const gone = new Map<string, T>();
    for (const item of [...leaving, ...previous]) {
      const key = keyOf(item);
      if (!staying.has(key)) gone.set(key, item);
    }
    setPrevious(items);
    setLeaving([...gone.values()]);
  }
  useEffect(() => {
    if (leaving.length === 0) return;
    return whenIdle(() => startTransition(() => setLeaving([])));
  }, [leaving]);
  return [
    ...items.map((item) => ({ item, leaving: false })),
    ...leaving.map((item) => ({ item, leaving: true })),
  ];
}
