import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateSample } from './generate-sample';
import { EUROPE, MODEL_3, MODEL_SX, SAMPLE_MODELS, type SampleModel } from './sample-countries';
import { monthOf, quarterOf, total } from './sample-test-helpers';

const dataFolder = path.resolve(__dirname, '../../../../shared/data');
const pressReleasePath = path.join(dataFolder, 'tesla-quarterly-press-releases.csv');
const registrationsPath = path.join(dataFolder, 'tesla-registrations-by-country-2018-2020.csv');

function available(file: string): boolean {
  if (existsSync(file)) return true;
  console.warn(`Skipped: ${file} is absent, so the sample cannot be checked against it.`);
  return false;
}

function rowsOf(file: string): string[][] {
  // Only leading columns are read; the quoted source column (which may hold commas) comes last.
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(','));
}

/** The registry's model names to the sample's model lines. */
function modelLine(model: string): SampleModel {
  return model === 'Model 3' || model === 'Model Y' ? MODEL_3 : MODEL_SX;
}

/** The registry writes the United Kingdom "UK"; the sample uses ISO alpha-2 "GB". */
function isoCountry(country: string): string {
  return country === 'UK' ? 'GB' : country;
}

const records = generateSample();
const quarters = [1, 2, 3, 4] as const;

describe.skipIf(!available(pressReleasePath))('sample against the 2019 press releases', () => {
  const releases = new Map(
    rowsOf(pressReleasePath).map(([quarter, ...figures]) => [quarter, figures.map(Number)]),
  );
  // Columns after the quarter: production total, 3/Y, other; deliveries total, 3/Y, other.
  const column = {
    production: { [MODEL_3]: 1, [MODEL_SX]: 2 },
    deliveries: { [MODEL_3]: 4, [MODEL_SX]: 5 },
  } as const;

  it.each(
    quarters.flatMap((quarter) =>
      (['deliveries', 'production'] as const).flatMap((measure) =>
        SAMPLE_MODELS.map((model) => ({ quarter, measure, model })),
      ),
    ),
  )('global $measure of $model in Q$quarter equal the release', ({ quarter, measure, model }) => {
    const released = releases.get(`2019Q${quarter}`)?.[column[measure][model]];
    expect(released).toBeGreaterThan(0);
    const generated = total(
      records,
      measure,
      (record) => record.model === model && quarterOf(record) === quarter,
    );
    expect(generated).toBe(released);
  });
});

describe.skipIf(!available(registrationsPath))('sample against 2019 registrations', () => {
  const registrations = new Map<string, number>();
  const monthlyCountries = new Set<string>();
  for (const [country = '', period = '', model = '', units = ''] of rowsOf(registrationsPath)) {
    if (!period.startsWith('2019')) continue;
    const key = `${isoCountry(country)} ${period} ${modelLine(model)}`;
    registrations.set(key, (registrations.get(key) ?? 0) + Number(units));
    if (/^\d{4}-\d{2}$/.test(period)) monthlyCountries.add(isoCountry(country));
  }
  const registered = (country: string, period: string, model: SampleModel) =>
    registrations.get(`${country} ${period} ${model}`) ?? 0;
  const months = Array.from({ length: 12 }, (_, i) => i + 1);

  it.each(months)('Norway month %i equals its registrations, model by model', (month) => {
    const period = `2019-${String(month).padStart(2, '0')}`;
    for (const model of SAMPLE_MODELS) {
      const generated = total(
        records,
        'deliveries',
        (record) => record.region === 'NO' && record.model === model && monthOf(record) === month,
      );
      expect(generated).toBe(registered('NO', period, model));
    }
  });

  it('matches Norway 2019 as DOMAIN.md quotes it', () => {
    const norway = months.map((month) =>
      total(records, 'deliveries', (r) => r.region === 'NO' && monthOf(r) === month),
    );
    expect(norway).toEqual([186, 1016, 5822, 811, 1010, 3760, 492, 830, 2762, 168, 543, 1398]);
  });

  it('uses every monthly European and Chinese figure of the file as is', () => {
    const countries = [...monthlyCountries].filter(
      (country) => (EUROPE as readonly string[]).includes(country) || country === 'CN',
    );
    expect(countries.length).toBeGreaterThanOrEqual(9);
    for (const country of countries) {
      for (const month of months) {
        const period = `2019-${String(month).padStart(2, '0')}`;
        for (const model of SAMPLE_MODELS) {
          // China's file rows cover the Model 3 only; its Model S/X is an assumption.
          if (country === 'CN' && model === MODEL_SX) continue;
          const generated = total(
            records,
            'deliveries',
            (r) => r.region === country && r.model === model && monthOf(r) === month,
          );
          expect({ country, period, model, generated }).toEqual({
            country,
            period,
            model,
            generated: registered(country, period, model),
          });
        }
      }
    }
  });

  it.each(quarters)('the UK (GB) quarter %i equals its registrations', (quarter) => {
    for (const model of SAMPLE_MODELS) {
      const generated = total(
        records,
        'deliveries',
        (r) => r.region === 'GB' && r.model === model && quarterOf(r) === quarter,
      );
      expect(generated).toBe(registered('GB', `2019-Q${quarter}`, model));
    }
  });
});
