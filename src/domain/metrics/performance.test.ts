import { periodById } from '../periods/periods';
import { datasetFromRecords } from '../records/build-dataset';
import type { DailyRecord } from '../records/dataset';
import { computeKpis } from './kpis';
import {
  burnDownSeries,
  cumulativeByDayOfPeriod,
  dailySeries,
  endOfPeriodShares,
  modelMix,
} from './series';
import { day } from './test-fixtures';
import type { Selection, TargetSettings } from './types';

// 40 countries × 3 models × 2 years of days = 87,600 records, ending mid-November 2019 so that
// Q4 2019 is under way: 46 days left to simulate.
const COUNTRIES = (
  'US CA MX NO NL FR DE UK SE DK FI IS IE BE LU AT CH IT ES PT PL CZ SK SI HU RO GR HR EE LV ' +
  'LT CN HK JP KR AU NZ SG TW AE'
).split(' ');
const MODELS = ['Model 3', 'Model S', 'Model X'];

function bigDataset() {
  const records: DailyRecord[] = [];
  const first = day('2017-11-16');
  for (let d = first; d < first + 730; d++) {
    for (const region of COUNTRIES) {
      for (const model of MODELS) {
        const wave = 1 + ((d - first) % 91) / 30;
        records.push({
          day: d,
          region,
          model,
          values: { deliveries: Math.round(10 * wave), production: 12, orders: 11, backlog: 500 },
        });
      }
    }
  }
  return datasetFromRecords(records);
}

// Timings on a shared machine can be thrown off by other work: best of 7 runs, and a retry.
describe('performance', { retry: { count: 3, delay: 500 } }, () => {
  const data = bigDataset();
  const period = periodById('2019-Q4');
  const settings: TargetSettings = { goal: { low: 500_000 } };

  it.each<[string, Selection]>([
    ['everything', { regions: [], models: [] }],
    ['a continent and a model', { regions: ['Europe'], models: ['Model 3'] }],
  ])('computes every KPI and series for %s in well under 50 ms', (_name, selection) => {
    expect(data.days.length).toBe(87_600);
    if (!period) throw new Error('bad test period');
    const everything = (selection: Selection) => {
      const kpis = computeKpis(data, period, selection, settings);
      dailySeries(data, period, selection);
      burnDownSeries(data, period, selection, settings);
      cumulativeByDayOfPeriod(data, period, selection);
      endOfPeriodShares(data, selection);
      modelMix(data, period, selection);
      return kpis;
    };
    const kpis = everything(selection);
    expect(kpis.daysLeft).toBe(46);
    expect(kpis.chanceToReachTarget).not.toBeNull();
    expect(kpis.record).not.toBeNull();
    // Each run asks with a differently spelled but equal selection, so that no cached daily
    // totals are reused: this times a first look at a selection, the worst case.
    let fastest = Infinity;
    for (let run = 1; run <= 7; run++) {
      const spelled = {
        ...selection,
        models: [...selection.models, ...Array<string>(run).fill('Model 3')],
      };
      if (selection.models.length === 0)
        spelled.models = [...MODELS, ...Array<string>(run).fill('Model X')];
      const started = performance.now();
      everything(spelled);
      fastest = Math.min(fastest, performance.now() - started);
    }
    console.info(`all metrics for ${_name}: ${fastest.toFixed(1)} ms`);
    expect(fastest).toBeLessThan(50);
  });
});
