import type {
  AheadCount,
  AheadProgress,
  AheadShape,
} from '../domain/import/fast/count-ahead-types';

/** To the ahead worker: count the file's rows from `from` on. */
export interface AheadRequest {
  file: Blob;
  from: number;
  shape: AheadShape;
}

/**
 * From it: how far it is (every PROGRESS_MS), then the count, or why it could not count (no
 * WebAssembly, a shape it does not read).
 */
export type AheadResponse =
  | { type: 'progress'; progress: AheadProgress }
  | { type: 'done'; ok: true; count: AheadCount }
  | { type: 'done'; ok: false; reason: string };

export const PROGRESS_MS = 100;

/** The count's arrays, moved to the import worker rather than copied. */
export function aheadTransferables(count: AheadCount): Transferable[] {
  return [
    count.leftBytes,
    count.leftEnds,
    count.countedBefore,
    count.groups,
    count.farCounts,
    count.groupCounts,
    count.yearFirsts,
    count.vinPairs,
    count.vinParts,
  ].map((array) => array.buffer as ArrayBuffer);
}
