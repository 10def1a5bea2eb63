import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type OpenedPage } from './browser';
import { KPI_TERMS } from '../fixtures/kpi-terms';

describe('first screen with the sample data', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openPage('/');
    await opened.page.getByRole('button', { name: 'Load sample data' }).click();
    await opened.page.getByText('Deliveries to date', { exact: true }).waitFor();
  });

  afterAll(async () => {
    await opened.context.close();
  });

  it.each(KPI_TERMS)('shows the KPI "%s" with a value', async (term) => {
    const value = await opened.page.evaluate((name) => {
      const terms = [...document.querySelectorAll('dt')];
      const dt = terms.find((element) => element.textContent?.trim() === name);
      return dt?.nextElementSibling?.textContent?.trim() ?? null;
    }, term);
    expect(value, `no <dd> after <dt>${term}</dt>`).not.toBeNull();
    expect(value).not.toBe('');
  });

  it('draws the burn-down chart', async () => {
    const figure = opened.page.locator('figure[data-chart-id="burn-down"]');
    await figure.waitFor();
    // The charts are drawn a turn after the KPIs (an empty frame holds their place meanwhile).
    await expect.poll(() => figure.locator('svg path').count()).toBeGreaterThan(3);
  });

  it('reports no page errors', () => {
    expect(opened.problems).toEqual([]);
  });
});
