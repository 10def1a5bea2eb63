import { isoFromDay } from '../../records/calendar-day';
import { importTextStream, nextTurn, type StreamImportOutcome } from './import-stream';

/**
 * Rows of the warm-up file: some 200 KB, within the head, so that reading it is one step of
 * some 50 ms in a cold worker (a file chosen meanwhile waits no longer).
 */
const WARM_UP_ROWS = 3_000;
const STEP_BYTES = 64 * 1024;
const COUNTRIES = ['Norway', 'Germany', 'United States', '"Korea, Republic of"', 'Österreich'];
const MODELS = ['Model 3', 'Model Y', 'Model S'];

/**
 * A per-vehicle export as makers send them (VIN, country, model, order, build and delivery
 * dates; a quoted name, vehicles not yet delivered), made up here: nothing of a user's.
 */
export function warmUpFile(rows = WARM_UP_ROWS): Uint8Array {
  const lines = ['VIN,Country,Model,Order date,Build date,Delivery date'];
  for (let n = 0; n < rows; n++) {
    const ordered = 19_000 + ((n * 7_919) % 120);
    const delivered = n % 11 === 0 ? '' : isoFromDay(ordered + 25 + (n % 20));
    lines.push(
      [
        `WARMUP${String(n).padStart(11, '0')}`,
        COUNTRIES[n % COUNTRIES.length],
        MODELS[n % MODELS.length],
        isoFromDay(ordered),
        isoFromDay(ordered + 12),
        delivered,
      ].join(','),
    );
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

/** Its bytes a piece a task: a request that comes meanwhile is taken between them. */
async function* pieces(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += STEP_BYTES) {
    await nextTurn();
    yield bytes.subarray(at, at + STEP_BYTES);
  }
}

/**
 * Reads a small made-up per-vehicle file with the fast reader and forgets it: run by the import
 * worker at its start-up, while no file is chosen, so that a user's first file is read by code
 * the engine has compiled already (cold, the head's guessing alone takes some 20 ms more). It
 * stops, between its steps, once `signal` is aborted: a user's file does not wait for it. The
 * outcome is returned for tests; nothing is kept.
 */
export function warmUpTextImport(
  signal?: AbortSignal,
  rows = WARM_UP_ROWS,
): Promise<StreamImportOutcome> {
  const bytes = warmUpFile(rows);
  return importTextStream(pieces(bytes), { file: 'warm-up.csv', totalBytes: bytes.length, signal });
}
