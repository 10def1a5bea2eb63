import fc from 'fast-check';
import { fast, reference } from './testing/compare-readers';
import { randomLongVehicleFile } from './testing/random-text-files';

/**
 * Past the head, most rows are read from their bytes by the reader's kernel (VehicleRowKernel); the
 * others go to the scanner a line at a time, or a piece at a time. Whatever mix a file gives,
 * and wherever the chunks cut it, the outcome is the general reader's.
 */
describe('the fast text reader past the head (rows cut from bytes)', () => {
  it.each([
    ['usual rows', 2, 0.4],
    ['many odd cells', 30, 0.02],
  ])(
    'gives the general reader’s per-vehicle records and issues: %s',
    (_name, oddShare, share) => {
      let eligible = 0;
      let runs = 0;
      fc.assert(
        fc.property(
          randomLongVehicleFile(oddShare),
          fc.oneof(fc.constant(1 << 20), fc.integer({ min: 1000, max: 300_000 })),
          (file, chunkBytes) => {
            runs++;
            const actual = fast(file, 'sum', chunkBytes);
            if (actual === null) return;
            eligible++;
            expect(actual).toEqual(reference(file, 'sum'));
          },
        ),
        { numRuns: 10 },
      );
      // A test where the fast reader always left the file would prove nothing.
      expect(eligible / runs).toBeGreaterThan(share);
      // Files of 12,000 rows, each also read by the general reader: slow on a busy machine.
    },
    120_000,
  );
});
