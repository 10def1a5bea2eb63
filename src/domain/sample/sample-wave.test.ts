import { dayFromIso } from '../records/calendar-day';
import { generateSample } from './generate-sample';
import { CHINA, EUROPE, MODEL_3, NORTH_AMERICA } from './sample-countries';
import { dailyTotals, monthOf, quarterOf, total } from './sample-test-helpers';

const records = generateSample();
const quarters = [1, 2, 3, 4] as const;

function inAny(countries: readonly string[]) {
  return (region: string) => countries.includes(region);
}

function lastMonthShare(countries: readonly string[], quarter: number): number {
  const keep = inAny(countries);
  const quarterTotal = total(
    records,
    'deliveries',
    (r) => keep(r.region) && quarterOf(r) === quarter,
  );
  const lastMonth = total(
    records,
    'deliveries',
    (r) => keep(r.region) && monthOf(r) === quarter * 3,
  );
  return lastMonth / quarterTotal;
}

const northAmericaDaily = dailyTotals(records, 'deliveries', (r) => inAny(NORTH_AMERICA)(r.region));

function day(iso: string): number {
  const parsed = dayFromIso(iso);
  if (parsed === null) throw new Error(`bad test date ${iso}`);
  return parsed;
}

describe('the end-of-quarter wave in the sample', () => {
  it.each(quarters)('the US last month holds 41–48 percent of Q%i', (quarter) => {
    const share = lastMonthShare(['US'], quarter);
    expect(share).toBeGreaterThanOrEqual(0.41);
    expect(share).toBeLessThanOrEqual(0.48);
  });

  it.each(quarters)("Europe's last month holds 63–78 percent of Q%i", (quarter) => {
    const share = lastMonthShare(EUROPE, quarter);
    expect(share).toBeGreaterThanOrEqual(0.63);
    expect(share).toBeLessThanOrEqual(0.78);
  });

  it('peaks at 1,000–1,300 a day in North America in the last two weeks of Q2', () => {
    const firstHalf = [...northAmericaDaily].filter(([d]) => d < day('2019-07-01'));
    const [peakDay, peak] = firstHalf.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    expect(peak).toBeGreaterThanOrEqual(1_000);
    expect(peak).toBeLessThanOrEqual(1_300);
    expect(peakDay).toBeGreaterThanOrEqual(day('2019-06-17'));
  });

  it('first goes over 1,000 a day in North America in June 2019', () => {
    const overThousand = [...northAmericaDaily].filter(([, deliveries]) => deliveries > 1_000);
    const first = Math.min(...overThousand.map(([d]) => d));
    expect(first).toBeGreaterThanOrEqual(day('2019-06-01'));
    expect(first).toBeLessThan(day('2019-07-01'));
  });

  it.each(quarters)('delivers on weekends in the last two weeks of Q%i, but less', (quarter) => {
    const end = day(['2019-03-31', '2019-06-30', '2019-09-30', '2019-12-31'][quarter - 1] ?? '');
    const lastTwoWeeks = Array.from({ length: 14 }, (_, i) => end - 13 + i);
    // 1970-01-01 was a Thursday, so (day + 4) mod 7 is 0 on Sundays and 6 on Saturdays.
    const weekend = lastTwoWeeks.filter((d) => [0, 6].includes((d + 4) % 7));
    const weekdays = lastTwoWeeks.filter((d) => ![0, 6].includes((d + 4) % 7));
    const average = (days: number[]) =>
      days.reduce((sum, d) => sum + (northAmericaDaily.get(d) ?? 0), 0) / days.length;
    expect(weekend).toHaveLength(4);
    for (const d of weekend) expect(northAmericaDaily.get(d)).toBeGreaterThan(0);
    expect(average(weekend)).toBeLessThan(average(weekdays));
  });

  it('has about 12,000 open North American orders late in June 2019, about 5,000 unscheduled', () => {
    const keep = (r: { region: string; day: number }) =>
      inAny(NORTH_AMERICA)(r.region) && r.day === day('2019-06-25');
    const open = total(records, 'backlog', keep);
    const unscheduled = total(records, 'unscheduled', keep);
    expect(open).toBeGreaterThanOrEqual(10_000);
    expect(open).toBeLessThanOrEqual(14_000);
    expect(unscheduled).toBeGreaterThanOrEqual(4_000);
    expect(unscheduled).toBeLessThanOrEqual(6_000);
  });

  it('gives the US 55–60 % of 2019 Model 3 deliveries', () => {
    const model3 = total(records, 'deliveries', (r) => r.model === MODEL_3);
    const us = total(records, 'deliveries', (r) => r.model === MODEL_3 && r.region === 'US');
    expect(us / model3).toBeGreaterThanOrEqual(0.55);
    expect(us / model3).toBeLessThanOrEqual(0.6);
  });

  it.each(quarters)(
    'gives China a few thousand cars and Canada a small share in Q%i',
    (quarter) => {
      const quarterOfAll = total(records, 'deliveries', (r) => quarterOf(r) === quarter);
      const china = total(
        records,
        'deliveries',
        (r) => inAny(CHINA)(r.region) && quarterOf(r) === quarter,
      );
      const canada = total(
        records,
        'deliveries',
        (r) => r.region === 'CA' && quarterOf(r) === quarter,
      );
      expect(china).toBeGreaterThanOrEqual(2_000);
      expect(china).toBeLessThanOrEqual(15_000);
      expect(canada / quarterOfAll).toBeLessThan(0.05);
    },
  );

  it('is strongest in Europe in Q1 relative to the world', () => {
    const europeShare = quarters.map(
      (quarter) =>
        total(records, 'deliveries', (r) => inAny(EUROPE)(r.region) && quarterOf(r) === quarter) /
        total(records, 'deliveries', (r) => quarterOf(r) === quarter),
    );
    expect(Math.max(...europeShare)).toBe(europeShare[0]);
  });
});

describe('production in the sample', () => {
  const production = dailyTotals(records, 'production', (r) => r.region === 'US');
  const weeks = Array.from({ length: 52 }, (_, week) =>
    Array.from({ length: 7 }, (_, i) => production.get(day('2019-01-01') + week * 7 + i) ?? 0),
  );
  const weekly = weeks.map((week) => week.reduce((sum, value) => sum + value, 0));

  it('is smooth from week to week on working days (within 8 %)', () => {
    // Fremont's holidays in 2019 stop the line; they are not part of the weekly rhythm.
    const holidays = ['2019-01-01', '2019-07-04', '2019-11-28', '2019-12-25'].map(day);
    const weekdayAverages = weeks.map((week, index) => {
      const first = day('2019-01-01') + index * 7;
      const working = week.filter((_, i) => {
        const d = first + i;
        return ![0, 6].includes((d + 4) % 7) && !holidays.includes(d);
      });
      return working.reduce((sum, value) => sum + value, 0) / working.length;
    });
    for (let i = 1; i < weekdayAverages.length; i++) {
      expect(Math.abs(weekdayAverages[i]! / weekdayAverages[i - 1]! - 1)).toBeLessThan(0.08);
    }
  });

  it('rises over the year', () => {
    const firstQuarterWeeks = weekly.slice(0, 13).reduce((sum, value) => sum + value, 0);
    const lastQuarterWeeks = weekly.slice(39, 52).reduce((sum, value) => sum + value, 0);
    expect(lastQuarterWeeks).toBeGreaterThan(firstQuarterWeeks * 1.2);
  });

  it('has a weekly rhythm: every week is busier on weekdays than on Sunday', () => {
    for (const week of weeks) {
      const sunday = week.find((_, i) => (day('2019-01-01') + i + 4) % 7 === 0) ?? 0;
      expect(Math.max(...week)).toBeGreaterThan(sunday * 2);
    }
  });
});
