/**
 * The sample dataset: ILLUSTRATIVE, NOT REAL DAILY DATA.
 *
 * Tesla publishes quarterly figures and registries publish monthly ones; nobody outside Tesla has
 * its daily deliveries. This generator invents a plausible 2019 day by day so the dashboard has
 * something to show, anchored to what is public:
 *
 * - Global deliveries and production per model line add up, quarter by quarter, exactly to the
 *   2019 press releases (shared/data/tesla-quarterly-press-releases.csv).
 * - European monthly deliveries are the 2019 registrations of
 *   shared/data/tesla-registrations-by-country-2018-2020.csv where it has them month by month
 *   (Norway, the Netherlands, Germany, France, Switzerland, Sweden, Austria, Italy, Spain); the UK
 *   quarters come from the same file; China's Model 3 months are its rough estimates. Canada,
 *   Belgium, Denmark and China's Model S/X are assumptions (sample-assumptions.ts). The US is the
 *   rest of the global figure, so it also stands in for the markets the sample leaves out.
 * - Months are spread over days with a seeded generator (no Math.random, no clock): the same
 *   output on every run. Whole cars are shared out by largest remainder, so sums stay exact.
 * - Production is counted where the cars were built. In 2019 that is Fremont for every car
 *   delivered (Shanghai's first deliveries came at the very end of December), so production
 *   appears on the US rows only and is left blank (no value, not 0) for the other countries:
 *   per-country production would be an invention with nothing to check it against.
 * - Orders are net new orders; each quarter's orders equal its deliveries, spread evenly, so the
 *   backlog builds up during the quarter and is worked off in the end-of-quarter wave. The
 *   opening backlog is set so that the backlog never falls below a reserve of a few weeks of
 *   deliveries. Unscheduled orders are a share of the backlog.
 */
import type { DailyRecord } from '../records/dataset';
import { allocateLargestRemainder } from './largest-remainder';
import {
  deliveryWeights,
  orderWeights,
  productionWeights,
  unscheduledShares,
} from './daily-profile';
import type { WaveStyle } from './daily-profile';
import { monthlyDeliveries2019 } from './monthly-deliveries';
import { runOrderBook, type OrderBook } from './order-book';
import { PRESS_RELEASE_PRODUCTION_2019 } from './press-release-2019';
import { prngFor } from './prng';
import { sampleDays, type SampleDay } from './sample-calendar';
import {
  CHINA,
  NORTH_AMERICA,
  SAMPLE_COUNTRIES,
  SAMPLE_MODELS,
  SAMPLE_YEAR,
  type SampleCountry,
  type SampleModel,
} from './sample-countries';

/** Days of deliveries the backlog never falls below: ships to Europe and China take weeks. */
const RESERVE_DAYS: Readonly<Record<WaveStyle, number>> = { 'north-america': 16, overseas: 20 };

function waveStyle(country: SampleCountry): WaveStyle {
  return (NORTH_AMERICA as readonly string[]).includes(country) ? 'north-america' : 'overseas';
}

function reserveDays(country: SampleCountry): number {
  return (CHINA as readonly string[]).includes(country) ? 25 : RESERVE_DAYS[waveStyle(country)];
}

function groupBy(days: readonly SampleDay[], key: (day: SampleDay) => number): SampleDay[][] {
  const groups: SampleDay[][] = [];
  for (const day of days) (groups[key(day)] ??= []).push(day);
  return groups;
}

interface Series {
  deliveries: number[];
  book: OrderBook;
}

function buildSeries(
  country: SampleCountry,
  model: SampleModel,
  monthly: readonly number[],
  days: readonly SampleDay[],
): Series {
  const label = `${country} ${model}`;
  const deliveryRng = prngFor(`deliveries ${label}`);
  const deliveries = groupBy(days, (day) => day.month - 1).flatMap((monthDays, index) =>
    allocateLargestRemainder(
      monthly[index] ?? 0,
      deliveryWeights(monthDays, waveStyle(country), deliveryRng),
    ),
  );
  const orderRng = prngFor(`orders ${label}`);
  const orders = groupBy(days, (day) => day.quarter).flatMap((quarterDays, quarter) => {
    const quarterDeliveries = monthly
      .slice(quarter * 3, quarter * 3 + 3)
      .reduce((sum, value) => sum + value, 0);
    return allocateLargestRemainder(quarterDeliveries, orderWeights(quarterDays, orderRng));
  });
  const annual = deliveries.reduce((sum, value) => sum + value, 0);
  const reserve = Math.round((reserveDays(country) * annual) / days.length);
  const shares = unscheduledShares(days, prngFor(`unscheduled ${label}`));
  return { deliveries, book: runOrderBook(deliveries, orders, reserve, shares) };
}

function buildProduction(model: SampleModel, days: readonly SampleDay[]): number[] {
  const rng = prngFor(`production ${model}`);
  return groupBy(days, (day) => day.quarter).flatMap((quarterDays, quarter) =>
    allocateLargestRemainder(
      PRESS_RELEASE_PRODUCTION_2019[model][quarter] ?? 0,
      productionWeights(quarterDays, rng),
    ),
  );
}

/**
 * The illustrative 2019 sample: one record per day × country × model line, sorted by day, then
 * country (North America, Europe, China), then model line.
 */
export function generateSample(): DailyRecord[] {
  const days = sampleDays(SAMPLE_YEAR);
  const plan = monthlyDeliveries2019();
  const series = new Map<string, Series>();
  for (const country of SAMPLE_COUNTRIES) {
    for (const model of SAMPLE_MODELS) {
      series.set(`${country} ${model}`, buildSeries(country, model, plan[country][model], days));
    }
  }
  const production = new Map(SAMPLE_MODELS.map((model) => [model, buildProduction(model, days)]));
  const records: DailyRecord[] = [];
  days.forEach(({ day }, i) => {
    for (const country of SAMPLE_COUNTRIES) {
      for (const model of SAMPLE_MODELS) {
        const { deliveries, book } = series.get(`${country} ${model}`) as Series;
        const built = country === 'US' ? production.get(model)?.[i] : undefined;
        records.push({
          day,
          region: country,
          model,
          values: {
            deliveries: deliveries[i] ?? 0,
            ...(built === undefined ? {} : { production: built }),
            orders: book.orders[i] ?? 0,
            backlog: book.backlog[i] ?? 0,
            unscheduled: book.unscheduled[i] ?? 0,
          },
        });
      }
    }
  });
  return records;
}
