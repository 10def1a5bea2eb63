import { REPEAT_PARTS } from './ahead-rows';
import type { AheadCount } from './count-ahead-types';
import type { VehicleKernelExports } from './vehicle-kernel-wasm';

/** Pairs gathered a call: V8 moves WebAssembly to optimised code between calls, not within. */
const PAIRS_A_CALL = 1 << 16;

/**
 * Whether two VINs may be the same (FingerprintList.mayRepeat): over the fingerprints the
 * kernel filed, JavaScript's (`pairs`, filed into the kernel first) and a second reader's, a
 * part at a time. True too when there is no memory left to tell.
 */
export function vinsMayRepeat(
  wasm: VehicleKernelExports,
  pairs: Int32Array,
  ahead: AheadCount | null,
): boolean {
  const step = (wasm.MAX_INPUT.value as number) >> 3;
  for (let at = 0; at < pairs.length; at += 2 * step) {
    const part = pairs.subarray(at, at + 2 * step);
    const input = wasm.ensureInput(part.byteLength);
    // No memory left to file them: which VINs repeat cannot be told here.
    if (input === 0) return true;
    new Int32Array(wasm.memory.buffer, input, part.length).set(part);
    if (!wasm.addPairs(0, part.length >> 1)) return true;
  }
  const filed = wasm.pairsFiled();
  if (filed + (ahead?.vinPairs.length ?? 0) / 2 < 2) return false;
  for (let part = 0; part < REPEAT_PARTS; part++) {
    // The first call starts the part (with none filed, it gathers nothing).
    for (let from = 0; from === 0 || from < filed; from += PAIRS_A_CALL) {
      if (!wasm.gatherPart(part, from, Math.min(filed, from + PAIRS_A_CALL))) return true;
    }
    if (ahead && !gatherAhead(wasm, ahead, part, step)) return true;
    // 1, or -1: no memory for the check.
    if (wasm.gatheredRepeat() !== 0) return true;
  }
  return false;
}

/** A second reader's pairs of the part, added to those gathered; false: no memory. */
function gatherAhead(
  wasm: VehicleKernelExports,
  ahead: AheadCount,
  part: number,
  step: number,
): boolean {
  const first = ahead.vinParts[part] as number;
  const end = ahead.vinParts[part + 1] as number;
  for (let from = first; from < end; from += step) {
    const slice = ahead.vinPairs.subarray(2 * from, 2 * Math.min(end, from + step));
    const input = wasm.ensureInput(slice.byteLength);
    if (input === 0) return false;
    new Int32Array(wasm.memory.buffer, input, slice.length).set(slice);
    if (!wasm.gatherPairs(0, slice.length >> 1)) return false;
  }
  return true;
}
