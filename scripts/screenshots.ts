import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium';
import { distDir } from '../test/e2e/dist-dir';
import { startStaticServer } from '../test/e2e/static-server';

// `npm run screenshots` (after `npm run build`): the README's pictures, taken from the production
// build in Debian's Chromium so they show exactly what a user sees.
const VIEW = '?v=1&period=2019-06&region=North+America';
const shots: { file: string; width: number; scheme: 'light' | 'dark'; goal?: string }[] = [
  { file: 'screenshot-dashboard.png', width: 1280, scheme: 'light', goal: '33,000–36,000' },
  { file: 'screenshot-dark.png', width: 1280, scheme: 'dark', goal: '33,000–36,000' },
  { file: 'screenshot-360.png', width: 360, scheme: 'light' },
];

async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await page.getByText('Deliveries to date', { exact: true }).waitFor();
}

const server = await startStaticServer(distDir());
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: 900 },
      colorScheme: shot.scheme,
      deviceScaleFactor: 1,
    });
    await page.goto(`${server.url}/${VIEW}`);
    await loadSample(page);
    if (shot.goal) {
      await page.getByLabel('Goal').fill(shot.goal);
      await page.getByLabel('Goal').press('Enter');
    }
    await page.waitForTimeout(1500);
    const out = resolve(import.meta.dirname, '../docs', shot.file);
    await page.screenshot({ path: out, fullPage: shot.width < 600 ? false : true });
    console.log(`wrote ${out}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
