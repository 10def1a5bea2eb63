import type { AheadCount } from './count-ahead-types';
import type { VehicleKernelExports } from './vehicle-kernel-wasm';

/** The repeat check's parts: by the first fingerprint's top nine bits (wasm/layout.ts PART_BITS). */
export const REPEAT_PARTS = 512;
/**
 * The fingerprints the kernel filed, one part after another: part k's are pairs vinParts[k] to
 * vinParts[k + 1]. The kernel files them by part as they come, in blocks (wasm/vins.ts).
 */
export function filedByPart(wasm: VehicleKernelExports): {
  vinPairs: Int32Array;
  vinParts: Int32Array;
} {
  const words = new Int32Array(wasm.memory.buffer);
  const heads = words.subarray(wasm.partsAt() >> 2, (wasm.partsAt() >> 2) + REPEAT_PARTS);
  const blockWords = (wasm.PAIR_BLOCK.value as number) >> 2;
  const vinPairs = new Int32Array(2 * wasm.pairsFiled());
  const vinParts = new Int32Array(REPEAT_PARTS + 1);
  let at = 0;
  for (let part = 0; part < REPEAT_PARTS; part++) {
    const head = (heads[part] as number) >> 2;
    // The latest block holds pairs up to `head`; each before it is full.
    let block = head === 0 ? 0 : (head - 1) & -blockWords;
    let end = head;
    while (block !== 0) {
      vinPairs.set(words.subarray(block + 2, end), at);
      at += end - block - 2;
      block = (words[block] as number) >> 2;
      end = block + blockWords;
    }
    vinParts[part + 1] = at >> 1;
  }
  return { vinPairs, vinParts };
}

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
  if (wasm.pairsFiled() + (ahead?.vinPairs.length ?? 0) / 2 < 2) return false;
  for (let part = 0; part < REPEAT_PARTS; part++) {
    let count = 0;
    if (ahead) {
      const from = ahead.vinParts[part] as number;
      const slice = ahead.vinPairs.subarray(2 * from, 2 * (ahead.vinParts[part + 1] as number));
      const input = wasm.ensureInput(slice.byteLength);
      // Over MAX_INPUT (half a million fingerprints in a part of 512 means many the same), or
      // no memory: a repeat is likely, or cannot be told.
      if (input === 0) return true;
      new Int32Array(wasm.memory.buffer, input, slice.length).set(slice);
      count = slice.length >> 1;
    }
    // 1, or -1: no memory for the check.
    if (wasm.partRepeats(part, count) !== 0) return true;
  }
  return false;
}
