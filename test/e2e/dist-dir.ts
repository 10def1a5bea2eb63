import { resolve } from 'node:path';

/**
 * The production build the end-to-end tests, benchmarks and screenshots serve: dist/, or the
 * folder in RECORD_PACE_DIST, so that two builds (two work trees, two people) do not overwrite
 * each other.
 */
export function distDir(): string {
  return resolve(process.env.RECORD_PACE_DIST ?? resolve(import.meta.dirname, '../../dist'));
}
