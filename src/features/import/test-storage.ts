import type { MappingStorage } from './mapping-memory';

/** localStorage's two methods over a Map, so tests neither share nor leave state. */
export function memoryStorage(): MappingStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
  };
}
