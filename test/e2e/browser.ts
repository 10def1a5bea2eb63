import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

let shared: Promise<Browser> | null = null;

/** The one browser every test file shares, connected over the global setup's endpoint. */
export function browser(): Promise<Browser> {
  shared ??= chromium.connect(inject('wsEndpoint'));
  return shared;
}

export function appUrl(path = '/'): string {
  return new URL(path, inject('baseUrl')).toString();
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests seen by the page: tests assert it stays empty. */
  problems: string[];
}

export async function openPage(
  path = '/',
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<OpenedPage> {
  const context = await (
    await browser()
  ).newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(appUrl(path));
  return { context, page, problems };
}
