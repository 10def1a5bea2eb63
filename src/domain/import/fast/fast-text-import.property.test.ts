import fc from 'fast-check';
import type { DuplicatePolicy } from '../normalise/types';
import { importTextFast } from './fast-text-import';
import { fast, reference } from './testing/compare-readers';
import { randomDailyFile, randomVehicleFile } from './testing/random-text-files';

const POLICIES = fc.constantFrom<DuplicatePolicy>('sum', 'keep-last', 'ask');

describe('the fast text reader against the general reader', () => {
  it.each([
    ['per-vehicle', randomVehicleFile(), 0.5],
    ['daily', randomDailyFile(), 0.5],
    ['per-vehicle (many odd cells)', randomVehicleFile(40), 0.05],
    ['daily (many odd cells)', randomDailyFile(40), 0.05],
  ])(
    'gives the same %s records, duplicates, issues and notes, or leaves the file',
    (_name, files, share) => {
      let eligible = 0;
      let runs = 0;
      fc.assert(
        fc.property(files, POLICIES, (file, policy) => {
          runs++;
          const actual = fast(file, policy);
          if (actual === null) return;
          eligible++;
          expect(actual).toEqual(reference(file, policy));
        }),
        { numRuns: 300 },
      );
      // Most files are for the fast reader: a test that always fell back would prove nothing.
      expect(eligible / runs).toBeGreaterThan(share);
    },
    // 300 files each read twice: 7 s alone, past 20 s on a busy machine.
    60_000,
  );

  it('takes clean files whole', () => {
    fc.assert(
      fc.property(fc.oneof(randomVehicleFile(0), randomDailyFile(0)), (file) => {
        const outcome = importTextFast(file.bytes, { file: file.name });
        if (
          !outcome.eligible &&
          !/single column|fewer than two|no rows|VIN may be repeated/.test(outcome.reason)
        ) {
          expect(outcome).toEqual({ eligible: true });
        }
      }),
      { numRuns: 200 },
    );
  });
});
