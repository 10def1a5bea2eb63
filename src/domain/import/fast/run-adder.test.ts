import fc from 'fast-check';
import { addRunHere, kernelRunAdder } from './run-adder';
import { acquireKernelInstance, releaseKernelInstance } from './vehicle-kernel-wasm';

const runs = fc
  .integer({ min: 0, max: 40 })
  .chain((length) =>
    fc.tuple(
      fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: length, maxLength: length }),
      fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: length, maxLength: length }),
    ),
  );

describe('kernelRunAdder', () => {
  it.each([
    ['changes in JavaScript', false],
    ["changes in the kernel's own memory", true],
  ])('adds as JavaScript does: %s', (_name, inKernel) => {
    const wasm = acquireKernelInstance();
    if (wasm === null) throw new Error('WebAssembly runs under Node');
    const add = kernelRunAdder(wasm, 40);
    fc.assert(
      fc.property(runs, ([target, changes]) => {
        const expected = Int32Array.from(target);
        addRunHere(expected, Int32Array.from(changes));
        const actual = Int32Array.from(target);
        // Past the scratch runs, as a kernel's group counts are.
        const at = wasm.ensureInput(1 << 16) + 60_000;
        const given = inKernel
          ? new Int32Array(wasm.memory.buffer, at, changes.length)
          : new Int32Array(changes.length);
        given.set(changes);
        add(actual, given);
        expect(Array.from(actual)).toEqual(Array.from(expected));
        expect(Array.from(given)).toEqual(changes);
      }),
    );
    releaseKernelInstance(wasm);
  });

  it('refuses a run longer than it was made for', () => {
    const wasm = acquireKernelInstance();
    if (wasm === null) throw new Error('WebAssembly runs under Node');
    const add = kernelRunAdder(wasm, 4);
    expect(() => add(new Int32Array(5), new Int32Array(5))).toThrow(/a run of 5 days, past 4/);
    releaseKernelInstance(wasm);
  });
});
