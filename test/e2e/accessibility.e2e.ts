import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser';

// The page's Content-Security-Policy refuses inline scripts, so axe is not added as a script
// tag: it is evaluated through DevTools, which the policy does not govern.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  const { passed, violations } = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const result = await axe.run(document);
    return {
      passed: result.passes.map((rule) => rule.id),
      violations: result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        nodes: violation.nodes
          .slice(0, 5)
          .map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
      })),
    };
  });
  // The scan really ran over the page: contrast and names were checked, not skipped.
  expect(passed).toEqual(expect.arrayContaining(['color-contrast', 'button-name', 'label']));
  if (violations.length > 0) console.log(JSON.stringify(violations, null, 1));
  return violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}

async function openDashboard(
  colorScheme: 'light' | 'dark',
): Promise<Awaited<ReturnType<typeof openPage>>> {
  const opened = await openPage('/', { colorScheme });
  await opened.page.getByRole('button', { name: 'Load sample data' }).click();
  await opened.page.getByText('Deliveries to date', { exact: true }).waitFor();
  await opened.page.locator('figure[data-chart-id="burn-down"] svg path').first().waitFor();
  return opened;
}

async function openEveryDataTable(page: Page): Promise<number> {
  const toggles = page.getByRole('button', { name: 'Show data table' });
  const count = await toggles.count();
  // Each click renames its button to "Hide data table", so the first match is always the next one.
  for (let i = 0; i < count; i++) await toggles.first().click();
  await expect
    .poll(() => page.getByRole('button', { name: 'Hide data table' }).count())
    .toBe(count);
  return count;
}

describe.each(['light', 'dark'] as const)(
  'accessibility of the dashboard in the %s theme',
  (scheme) => {
    it('has no serious or critical axe violations, with every data table and the Regions panel open', async () => {
      const opened = await openDashboard(scheme);
      const { page } = opened;
      try {
        const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
        expect(dark).toBe(scheme === 'dark');

        expect(await seriousViolations(page)).toEqual([]);

        expect(await openEveryDataTable(page)).toBeGreaterThanOrEqual(5);
        await page.getByRole('button', { name: /^Regions:/ }).click();
        await page.getByRole('group', { name: 'Regions' }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.context.close();
      }
    });
  },
);

describe('accessibility of the empty screen', () => {
  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violations in the %s theme',
    async (scheme) => {
      const opened = await openPage('/', { colorScheme: scheme });
      try {
        await opened.page.getByRole('button', { name: 'Load sample data' }).waitFor();
        expect(await seriousViolations(opened.page)).toEqual([]);
      } finally {
        await opened.context.close();
      }
    },
  );
});
