import { allocateLargestRemainder } from './largest-remainder';
import { PRESS_RELEASE_DELIVERIES_2019 } from './press-release-2019';
import {
  CN_MODEL_3_MONTHLY_2019,
  GB_QUARTERLY_REGISTRATIONS_2019,
  MONTHLY_REGISTRATIONS_2019,
} from './registrations-2019';
import {
  ASSUMED_QUARTERLY_DELIVERIES,
  CANADA_MONTH_SHARES,
  CN_SX_MONTH_SHARES,
  EUROPE_MONTH_SHARES,
  GB_MONTH_SHARES,
  US_MONTH_SHARES,
  type MonthShares,
} from './sample-assumptions';
import {
  MODEL_3,
  MODEL_SX,
  SAMPLE_COUNTRIES,
  SAMPLE_MODELS,
  type SampleCountry,
  type SampleModel,
} from './sample-countries';

/** Twelve monthly delivery totals per country and model line. */
export type MonthlyDeliveries = Record<SampleCountry, Record<SampleModel, number[]>>;

const QUARTERS = [0, 1, 2, 3] as const;

function splitQuarters(quarterly: readonly number[], shares: MonthShares): number[] {
  return QUARTERS.flatMap((quarter) =>
    allocateLargestRemainder(quarterly[quarter] ?? 0, shares[quarter]),
  );
}

function quarterTotal(monthly: readonly number[], quarter: number): number {
  return monthly.slice(quarter * 3, quarter * 3 + 3).reduce((sum, value) => sum + value, 0);
}

function assumed(country: 'CA' | 'BE' | 'DK' | 'CN', model: SampleModel): readonly number[] {
  const quarterly = ASSUMED_QUARTERLY_DELIVERIES[country][model];
  if (!quarterly) throw new Error(`no assumed deliveries for ${country} ${model}`);
  return quarterly;
}

function nonUsMonthly(country: Exclude<SampleCountry, 'US'>, model: SampleModel): number[] {
  const monthly = MONTHLY_REGISTRATIONS_2019[country]?.[model];
  if (monthly) return [...monthly];
  switch (country) {
    case 'GB':
      return splitQuarters(GB_QUARTERLY_REGISTRATIONS_2019[model], GB_MONTH_SHARES[model]);
    case 'CA':
      return splitQuarters(assumed('CA', model), CANADA_MONTH_SHARES);
    case 'BE':
    case 'DK':
      return splitQuarters(assumed(country, model), EUROPE_MONTH_SHARES[model]);
    case 'CN':
      return model === MODEL_3
        ? [...CN_MODEL_3_MONTHLY_2019]
        : splitQuarters(assumed('CN', MODEL_SX), CN_SX_MONTH_SHARES);
    default:
      throw new Error(`no 2019 deliveries known for ${country} ${model}`);
  }
}

/**
 * Monthly deliveries for 2019. Every country but the US comes from registrations or from the
 * stated assumptions; the US is the rest of Tesla's published global quarter, so the global
 * quarterly totals come out exactly as released.
 */
export function monthlyDeliveries2019(): MonthlyDeliveries {
  const plan = {} as MonthlyDeliveries;
  for (const country of SAMPLE_COUNTRIES) {
    if (country === 'US') continue;
    plan[country] = {
      [MODEL_3]: nonUsMonthly(country, MODEL_3),
      [MODEL_SX]: nonUsMonthly(country, MODEL_SX),
    };
  }
  const us = {} as Record<SampleModel, number[]>;
  for (const model of SAMPLE_MODELS) {
    const usQuarterly = QUARTERS.map((quarter) => {
      let others = 0;
      for (const country of SAMPLE_COUNTRIES) {
        if (country !== 'US') others += quarterTotal(plan[country][model], quarter);
      }
      const rest = PRESS_RELEASE_DELIVERIES_2019[model][quarter] - others;
      if (rest < 0) {
        throw new Error(`the other countries exceed ${model} deliveries in Q${quarter + 1} 2019`);
      }
      return rest;
    });
    us[model] = splitQuarters(usQuarterly, US_MONTH_SHARES);
  }
  plan.US = us;
  return plan;
}
