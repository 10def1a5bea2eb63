import { bigDataset } from '../test/fixtures/big-dataset';
import {
  burnDownSeries,
  computeKpis,
  cumulativeByDayOfPeriod,
  dailySeries,
  endOfPeriodShares,
  modelMix,
} from '../src/domain/metrics';
import { periodById } from '../src/domain/periods';
import type { Selection } from '../src/domain/metrics';
import { medianMs, report } from './measure';

/**
 * What the dashboard computes when the period or region changes, on two years of daily data ×
 * 40 countries × 3 models. The floor is one pass summing the deliveries column.
 */
export function benchMetrics(): void {
  const data = bigDataset();
  const period = periodById('2019-Q4');
  if (!period) throw new Error('no period');
  const deliveries = data.measures.deliveries ?? new Float64Array();
  let variant = 0;
  // A fresh, equal selection each call defeats the per-selection cache: a first look is timed.
  const fresh = (base: Selection): Selection => ({
    regions: [...base.regions],
    models: [...base.models, ...Array<string>((variant++ % 50) + 1).fill('Model 3')],
  });
  const all: Selection = { regions: [], models: ['Model 3', 'Model S', 'Model X'] };
  const europe: Selection = { regions: ['Europe'], models: ['Model 3'] };
  const everything = (selection: Selection) => {
    computeKpis(data, period, selection, {});
    dailySeries(data, period, selection);
    burnDownSeries(data, period, selection, {});
    cumulativeByDayOfPeriod(data, period, selection);
    endOfPeriodShares(data, selection);
    modelMix(data, period, selection);
  };
  console.log(`\nMetrics: ${data.days.length.toLocaleString('en')} records (median of 15 runs)`);
  report(
    [
      {
        name: 'floor: sum deliveries column',
        ms: medianMs(() => {
          let sum = 0;
          for (let i = 0; i < deliveries.length; i++) sum += deliveries[i] ?? 0;
          return sum;
        }),
      },
      { name: 'all KPIs + series, all regions', ms: medianMs(() => everything(fresh(all))) },
      {
        name: 'all KPIs + series, Europe × Model 3',
        ms: medianMs(() => everything(fresh(europe))),
      },
      {
        name: 'KPIs without simulation, per region',
        ms: medianMs(() => computeKpis(data, period, fresh(europe), {}, { simulate: false })),
      },
    ],
    'floor: sum deliveries column',
  );
}
