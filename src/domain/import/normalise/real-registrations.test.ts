import { existsSync, readFileSync } from 'node:fs';
import { dayFromIso } from '../../records/calendar-day';
import { guessMapping } from './guess-mapping';
import { normaliseTable } from './normalise-table';
import { csvTable } from './testing/raw-table';

// The real file of DOMAIN.md: monthly registrations per country, US and UK quarterly.
const path = new URL(
  '../../../../../shared/data/tesla-registrations-by-country-2018-2020.csv',
  import.meta.url,
);
const present = existsSync(path);
if (!present) console.warn(`Skipping the real registrations file: ${path.pathname} is absent.`);

describe.skipIf(!present)(
  'the real Tesla registrations file (periodic, mixed months and quarters)',
  () => {
    const table = present
      ? csvTable(readFileSync(path, 'utf8'), 'tesla-registrations-by-country-2018-2020.csv')
      : null;
    const mapping = table ? guessMapping(table) : null;
    const result = table && mapping ? normaliseTable(table, mapping, { duplicates: 'sum' }) : null;

    it('is recognised as periodic: country, period, model, units = deliveries, source ignored', () => {
      expect(mapping?.shape).toBe('periodic');
      expect(mapping?.columns.map((c) => c.measure ?? c.role)).toEqual([
        'region',
        'period',
        'model',
        'deliveries',
        'ignore',
      ]);
      expect(mapping?.columns.some((c) => c.needsAnswer)).toBe(false);
    });

    it('imports without warnings other than the unused source column', () => {
      expect(result?.ok).toBe(true);
      expect(result?.issues.map((i) => i.code)).toEqual(['ignored-column']);
    });

    const norway = (from: string, to: string): number => {
      if (!result?.ok) return NaN;
      const [start, end] = [dayFromIso(from) ?? NaN, dayFromIso(to) ?? NaN];
      return result.value.records
        .filter((r) => r.region === 'NO' && r.day >= start && r.day <= end)
        .reduce((sum, r) => sum + (r.values.deliveries ?? 0), 0);
    };

    it.each([
      ['2019-01-01', '2019-01-31', 186],
      ['2019-02-01', '2019-02-28', 1016],
      ['2019-03-01', '2019-03-31', 5822],
      ['2019-04-01', '2019-06-30', 5581],
    ])("Norway's registrations %s…%s total %i (DOMAIN.md)", (from, to, total) => {
      expect(norway(from, to)).toBeCloseTo(total, 6);
    });

    it('keeps the US rows quarterly and the Norwegian rows monthly', () => {
      if (!result?.ok) throw new Error('not imported');
      const granularities = (region: string) =>
        new Set(result.value.records.filter((r) => r.region === region).map((r) => r.granularity));
      expect(granularities('US')).toEqual(new Set(['quarter']));
      expect(granularities('NO')).toEqual(new Set(['month']));
      expect(result.value.granularity).toBe('quarter');
    });
  },
);
