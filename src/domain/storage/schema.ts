import type { TableMapping } from '../import/normalise/types';
import type { Measure } from '../records/measures';

/**
 * The version of what is kept in IndexedDB: the database's version number and the version
 * written into every stored dataset. Raise it with an upgrade step when the stored shape changes;
 * a browser holding data written by a newer version must not read it as if it were this one.
 */
export const SCHEMA_VERSION = 1;

/** Object stores of the database, by name. */
export const STORE_NAMES = {
  datasets: 'datasets',
  view: 'view',
  meta: 'meta',
} as const;

export type StoreName = (typeof STORE_NAMES)[keyof typeof STORE_NAMES];

/** Key of the last view in the `view` store and of the change counter in the `meta` store. */
export const LAST_VIEW_KEY = 'last';
export const REVISION_KEY = 'revision';

/**
 * A dataset as stored: the columns of `Dataset` as they are. Typed arrays are
 * structured-cloneable, so IndexedDB keeps them compactly without any conversion.
 */
export interface StoredDatasetPayload {
  version: number;
  days: Int32Array;
  regionIndex: Uint16Array;
  modelIndex: Uint16Array;
  regions: string[];
  models: string[];
  measures: Partial<Record<Measure, Float64Array>>;
  granularity: Uint8Array;
  sources: string[];
}

/** The mapping the user confirmed for one table of a source file, kept with the dataset. */
export interface StoredMapping {
  file: string;
  /** The sheet's name; '' for delimited text. */
  table: string;
  mapping: TableMapping;
}

/** One row of the `datasets` store. */
export interface StoredDatasetRecord {
  id: string;
  name: string;
  sources: string[];
  /** Milliseconds since 1970-01-01 UTC. */
  importedAt: number;
  mappings: StoredMapping[];
  payload: StoredDatasetPayload;
  /**
   * The store's change counter when this record was last written. A write based on an older
   * revision was made without seeing another tab's change, and is refused.
   */
  revision: number;
}
