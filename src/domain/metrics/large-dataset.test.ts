import { bigDataset, BIG_MODELS } from '../../../test/fixtures/big-dataset';
import { periodById } from '../periods/periods';
import { computeKpis } from './kpis';
import {
  burnDownSeries,
  cumulativeByDayOfPeriod,
  dailySeries,
  endOfPeriodShares,
  modelMix,
} from './series';
import type { Selection, TargetSettings } from './types';

// Speed is measured by `npm run bench`; this checks the large dataset gives sound answers and
// that the per-selection cache never hands one selection another's totals.
describe('the large dataset', () => {
  const data = bigDataset();
  const period = periodById('2019-Q4');
  const settings: TargetSettings = { goal: { low: 500_000 } };

  it.each<[string, Selection, Selection]>([
    ['everything', { regions: [], models: [] }, { regions: [], models: [...BIG_MODELS] }],
    [
      'a continent and a model',
      { regions: ['Europe'], models: ['Model 3'] },
      { regions: ['Europe', 'Europe'], models: ['Model 3', 'Model 3'] },
    ],
  ])(
    'computes every KPI and series for %s, the same for equal selections',
    (_name, selection, spelled) => {
      expect(data.days.length).toBe(87_600);
      if (!period) throw new Error('bad test period');
      const kpis = computeKpis(data, period, selection, settings);
      expect(kpis.daysLeft).toBe(46);
      expect(kpis.chanceToReachTarget).not.toBeNull();
      expect(kpis.record).not.toBeNull();
      expect(computeKpis(data, period, spelled, settings)).toEqual(kpis);
      expect(dailySeries(data, period, spelled)).toEqual(dailySeries(data, period, selection));
      expect(burnDownSeries(data, period, spelled, settings)).toEqual(
        burnDownSeries(data, period, selection, settings),
      );
      expect(cumulativeByDayOfPeriod(data, period, spelled)).toEqual(
        cumulativeByDayOfPeriod(data, period, selection),
      );
      expect(endOfPeriodShares(data, spelled)).toEqual(endOfPeriodShares(data, selection));
      expect(modelMix(data, period, spelled)).toEqual(modelMix(data, period, selection));
    },
  );
});
