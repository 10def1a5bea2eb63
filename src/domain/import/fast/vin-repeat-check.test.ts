import fc from 'fast-check';
import type { AheadCount } from './count-ahead-types';
import {
  acquireKernelInstance,
  releaseKernelInstance,
  type VehicleKernelExports,
} from './vehicle-kernel-wasm';
import { filedByPart, REPEAT_PARTS, vinsMayRepeat } from './vin-repeat-check';

/** A kernel with nothing filed. */
function kernel(): VehicleKernelExports {
  const wasm = acquireKernelInstance();
  if (wasm === null) throw new Error('WebAssembly runs under Node');
  expect(wasm.configure(0x2c, 1, 0, 0, 0, 1900, 2100, 0)).toBe(1);
  return wasm;
}

/** Files the pairs into the kernel's store, as its rows would. */
function file(wasm: VehicleKernelExports, pairs: Int32Array): void {
  const input = wasm.ensureInput(pairs.byteLength);
  new Int32Array(wasm.memory.buffer, input, pairs.length).set(pairs);
  expect(wasm.addPairs(0, pairs.length >> 1)).toBe(1);
}

/** A second reader's pairs, as count-ahead.ts sends them: sorted by part in its own kernel. */
function ahead(pairs: Int32Array): AheadCount {
  const wasm = kernel();
  file(wasm, pairs);
  const byPart = filedByPart(wasm);
  releaseKernelInstance(wasm);
  return byPart as AheadCount;
}

const text = (pairs: Int32Array) =>
  Array.from({ length: pairs.length / 2 }, (_, k) => `${pairs[2 * k]}:${pairs[2 * k + 1]}`);

/** Firsts from few top bits and few low bits: parts shared, pairs the same now and then. */
const first = fc
  .tuple(fc.integer({ min: 0, max: 511 }), fc.integer({ min: 0, max: 3 }))
  .map(([part, low]) => (part * 2 ** 23 + low) | 0);
const pair = fc.tuple(
  fc.oneof(first, fc.integer(), fc.constant(0)),
  fc.integer({ min: -2, max: 2 }),
);

describe('filedByPart', () => {
  it('gives every pair filed, whole, one part after another, over many blocks', () => {
    fc.assert(
      fc.property(
        fc.array(pair, { maxLength: 400 }),
        // Some parts past a block (255 pairs): the same few firsts again and again.
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer()), { maxLength: 1500 }),
        (list, crowded) => {
          const pairs = Int32Array.from([
            ...list.flat(),
            ...crowded.flatMap(([part, second]) => [part * 2 ** 23, second]),
          ]);
          const wasm = kernel();
          file(wasm, pairs);
          const { vinPairs, vinParts } = filedByPart(wasm);
          releaseKernelInstance(wasm);
          expect(text(vinPairs).sort()).toEqual(text(pairs).sort());
          expect([vinParts[0], vinParts[REPEAT_PARTS]]).toEqual([0, pairs.length / 2]);
          for (let part = 0; part < REPEAT_PARTS; part++) {
            for (let k = vinParts[part] as number; k < (vinParts[part + 1] as number); k++) {
              expect((vinPairs[2 * k] as number) >>> 23).toBe(part);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('vinsMayRepeat', () => {
  it('is true exactly when one pair comes twice, wherever each was filed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(pair, fc.constantFrom('kernel', 'javascript', 'ahead')), {
          maxLength: 300,
        }),
        fc.boolean(),
        (list, withAhead) => {
          const from = (where: string) =>
            Int32Array.from(
              list
                .filter(
                  ([, w]) => w === where || (!withAhead && w === 'ahead' && where === 'kernel'),
                )
                .flatMap(([p]) => p),
            );
          const wasm = kernel();
          file(wasm, from('kernel'));
          const repeats = new Set(list.map(([p]) => p.join(':'))).size !== list.length;
          const answer = vinsMayRepeat(
            wasm,
            from('javascript'),
            withAhead ? ahead(from('ahead')) : null,
          );
          releaseKernelInstance(wasm);
          expect(answer).toBe(repeats);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['no repeat', -1, -1],
    ['a repeat within the first reader', 1_000, 150_000],
    ['a repeat within the second reader', 250_000, 299_999],
    ['a repeat across the two', 17, 299_000],
    ['two zero pairs across the two', -2, -2],
  ])('among 300,000 VINs, %s', (_name, one, other) => {
    const pairs = new Int32Array(600_000);
    // Distinct pairs: a multiplicative hash of the row number, and the row number.
    for (let k = 0; k < 300_000; k++) {
      pairs[2 * k] = Math.imul(k + 1, 0x9e3779b1);
      pairs[2 * k + 1] = k;
    }
    if (one >= 0) pairs.copyWithin(2 * other, 2 * one, 2 * one + 2);
    if (one === -2) pairs.fill(0, 0, 2).fill(0, 400_000, 400_002);
    const wasm = kernel();
    file(wasm, pairs.subarray(0, 400_000));
    const answer = vinsMayRepeat(wasm, new Int32Array(0), ahead(pairs.subarray(400_000)));
    releaseKernelInstance(wasm);
    expect(answer).toBe(one !== -1);
  });
});
