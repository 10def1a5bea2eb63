import type { VehicleKernelExports } from './vehicle-kernel-wasm';

/** Adds a run of counts into a run of the tally's (both as long). */
export type AddRun = (target: Int32Array, changes: Int32Array) => void;

/** In JavaScript: where no kernel runs. */
export const addRunHere: AddRun = (target, changes) => {
  for (let d = 0; d < changes.length; d++) target[d]! += changes[d] as number;
};

/**
 * In the kernel's WebAssembly (its input, free once a table is read): the target copied there
 * and back, the changes too unless they are the kernel's own. An import runs these loops once,
 * cold, where JavaScript is slow; the kernel's code is compiled.
 */
export function kernelRunAdder(wasm: VehicleKernelExports, longest: number): AddRun {
  const scratch = wasm.ensureInput(8 * longest);
  // The kernel's input holds a piece of megabytes; a run is at most its window of days.
  if (scratch === 0) throw new Error(`the kernel has no room for a run of ${longest} days`);
  return (target, changes) => {
    const { buffer } = wasm.memory;
    const length = changes.length;
    if (length > longest) throw new Error(`a run of ${length} days, past ${longest}`);
    const targetHere = new Int32Array(buffer, scratch, length);
    targetHere.set(target);
    let from = changes.byteOffset;
    if (changes.buffer !== buffer) {
      from = scratch + 4 * longest;
      new Int32Array(buffer, from, length).set(changes);
    }
    wasm.addInto(scratch, from, length);
    target.set(targetHere);
  };
}
