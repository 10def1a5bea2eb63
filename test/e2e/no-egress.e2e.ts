import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, browser } from './browser';

const NORWAY_CSV = {
  name: 'norway-june.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    [
      'Date,Region,Deliveries',
      ...Array.from(
        { length: 20 },
        (_, i) => `2019-06-${String(i + 1).padStart(2, '0')},Norway,${100 + i}`,
      ),
      '',
    ].join('\n'),
  ),
};

/** A page whose every request, CSP violation, page error and console error is recorded. */
interface WatchedPage {
  context: BrowserContext;
  page: Page;
  requests: string[];
  failed: string[];
  violations: () => Promise<string[]>;
  problems: string[];
}

async function watchedPage(): Promise<WatchedPage> {
  const context = await (
    await browser()
  ).newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  // A meta CSP cannot name a report-uri: violations are caught as events in the page.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  const requests: string[] = [];
  const failed: string[] = [];
  const problems: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('requestfailed', (request) =>
    failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Violations in workers reach no document listener, but Chromium logs every one.
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  await page.goto(appUrl('/'));
  return {
    context,
    page,
    requests,
    failed,
    problems,
    violations: () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

function foreign(urls: readonly string[]): string[] {
  const own = new URL(appUrl('/')).origin;
  return urls.filter((url) => {
    const { protocol, origin } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return origin !== own;
  });
}

async function importFile(page: Page, file: typeof NORWAY_CSV): Promise<void> {
  await page.getByLabel('Upload spreadsheets').first().setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: `Import ${file.name}` });
  await dialog.waitFor();
  const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
  await expect.poll(() => importButton.isEnabled()).toBe(true);
  await importButton.click();
  await dialog.waitFor({ state: 'detached' });
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  expect(await file.failure()).toBeNull();
  return file.suggestedFilename();
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('no egress', () => {
  let watched: WatchedPage;

  beforeAll(async () => {
    watched = await watchedPage();
  });

  afterAll(async () => {
    await watched.context.close();
  });

  it('ships a strict Content-Security-Policy', async () => {
    const policy = await watched.page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    );
    const rules = directives(policy);
    expect(rules.get('default-src')).toEqual(["'self'"]);
    // WebAssembly may be compiled (the import's row kernel); JavaScript from text may not.
    expect(rules.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(rules.get('style-src')).toEqual(["'self'"]);
    expect(rules.get('base-uri')).toEqual(["'none'"]);
    expect(rules.get('form-action')).toEqual(["'none'"]);
    expect(rules.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/(^|[\s;])'unsafe-eval'|https?:|\*/);
    for (const name of ['connect-src', 'img-src', 'font-src', 'style-src', 'worker-src']) {
      expect(rules.get(name) ?? ["'self'"], name).toEqual(expect.arrayContaining(["'self'"]));
    }
  });

  it('sends the same policy as a header on every file, workers included, with frame-ancestors', async () => {
    const meta = await watched.page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    );
    const page = await fetch(appUrl('/'));
    expect(page.headers.get('content-security-policy')).toBe(`${meta}; frame-ancestors 'none'`);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    // A worker is governed by the policy of its own script's response, not the page's <meta>.
    // The service worker's file list names every file of the build, the import worker included.
    const files = await (await fetch(appUrl('/sw.js'))).text();
    const worker = /import-worker-[\w-]+\.js/.exec(files)?.[0];
    expect(worker, 'the service worker lists the import worker').toBeDefined();
    const workerResponse = await fetch(appUrl(`/assets/${worker}`));
    expect(workerResponse.status).toBe(200);
    expect(workerResponse.headers.get('content-security-policy')).toBe(
      page.headers.get('content-security-policy'),
    );
  });

  it('loads nothing from elsewhere in the page itself', async () => {
    const html = await (await fetch(appUrl('/'))).text();
    expect(html).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//i);
  });

  async function expectNoEgress(): Promise<void> {
    await watched.page.waitForLoadState('networkidle');
    expect(foreign(watched.requests)).toEqual([]);
    expect(await watched.violations()).toEqual([]);
    expect(watched.problems).toEqual([]);
    expect(watched.requests.length).toBeGreaterThan(0);
  }

  it('makes no request to another origin and breaks no CSP rule: upload, charts, exports', async () => {
    const { page } = watched;
    await page.getByRole('button', { name: 'Load sample data' }).click();
    await page.getByText('Deliveries to date', { exact: true }).first().waitFor();
    await importFile(page, NORWAY_CSV);

    // Charts, all of them drawn, and a data table shown.
    await page.locator('figure[data-chart-id]').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => page.locator('figure[data-chart-id] svg').count()).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Show data table' }).first().click();

    expect(
      await download(page, () =>
        page.getByRole('button', { name: 'Download summary (CSV)' }).click(),
      ),
    ).toMatch(/\.csv$/);
    await expectNoEgress();
  });

  it('makes no request to another origin and breaks no CSP rule: chart images and the share link', async () => {
    const { page } = watched;
    const chart = page.locator('figure[data-chart-id="burn-down"]');
    // The chart's actions sit behind its Export menu.
    const action = async (name: string) => {
      const toggle = chart.getByRole('button', { name: /^Export / });
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      return chart.getByRole('button', { name, exact: true });
    };
    expect(
      await page.getByRole('button', { name: /share link/i }).count(),
      'the page has no "Share link" button',
    ).toBeGreaterThan(0);
    const png = await action('Download PNG');
    expect(await download(page, () => png.click())).toMatch(/\.png$/);
    const svg = await action('Download SVG');
    expect(await download(page, () => svg.click())).toMatch(/\.svg$/);

    // The share link is made in the page and opened as a receiver would open it.
    await page
      .getByRole('button', { name: /share link/i })
      .first()
      .click();
    const link = await page.evaluate(() => {
      const fields = [
        ...document.querySelectorAll<HTMLInputElement | HTMLAnchorElement>(
          'input, textarea, a[href]',
        ),
      ];
      const texts = fields.map((field) => ('value' in field ? field.value : field.href));
      return texts.find((text) => text.includes('#')) ?? null;
    });
    expect(link, 'no share link shown after "Share link"').not.toBeNull();
    const receiver = await watched.context.newPage();
    await receiver.goto(link!);
    await receiver.getByText('Deliveries to date', { exact: true }).first().waitFor();
    await receiver.close();
    await expectNoEgress();
  });

  it('refuses code made from text at run time (no unsafe-eval) and inline scripts', async () => {
    // DevTools' own evaluation is exempt from the policy; a worker made by the page is not. The
    // worker compiles WebAssembly (the import's row kernel) but no JavaScript from text.
    const outcome = await watched.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const source = `const empty = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
            const wasm = new WebAssembly.Module(empty) instanceof WebAssembly.Module;
            try { postMessage(String(new Function('return "evaluated"')())); }
            catch (error) {
              postMessage(error instanceof EvalError && wasm ? 'refused, wasm compiled' : String(error));
            }`;
          const worker = new Worker(
            URL.createObjectURL(new Blob([source], { type: 'text/javascript' })),
          );
          worker.onmessage = (event) => resolve(String(event.data));
          worker.onerror = (event) => resolve(`worker error: ${event.message}`);
        }),
    );
    expect(outcome).toBe('refused, wasm compiled');
    const ran = await watched.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
      document.head.append(script);
      return document.documentElement.dataset.inlineRan ?? 'no';
    });
    expect(ran).toBe('no');
    // The listener that the session tests rely on does see a violation when there is one.
    expect(await watched.violations()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^script-src(-elem)? blocked inline/)]),
    );
  });
});

describe('offline once loaded', () => {
  it('imports and shows data with the network gone', async () => {
    const offline = await watchedPage();
    try {
      const { page, context } = offline;
      await page.getByRole('button', { name: 'Load sample data' }).click();
      await page.getByText('Deliveries to date', { exact: true }).first().waitFor();
      // "Once loaded": the service worker has kept the app's files and controls the page.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await context.setOffline(true);
      const failedBefore = offline.failed.length;
      await page.getByLabel('Upload spreadsheets').first().setInputFiles(NORWAY_CSV);
      // The dialog, or the importer's error when a part of the app it needs was never loaded.
      const dialog = page.getByRole('dialog', { name: `Import ${NORWAY_CSV.name}` });
      const alert = page.getByRole('alert').first();
      await dialog.or(alert).first().waitFor();
      expect((await alert.isVisible()) ? await alert.innerText() : 'no alert').toBe('no alert');
      expect(offline.failed.slice(failedBefore)).toEqual([]);
      const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
      await expect.poll(() => importButton.isEnabled()).toBe(true);
      await importButton.click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText('Deliveries to date', { exact: true }).first().waitFor();
      expect(offline.failed.slice(failedBefore)).toEqual([]);
      // A reload with the network still gone opens the app and the data kept in the browser.
      await page.reload();
      await page.getByText('Deliveries to date', { exact: true }).first().waitFor();
      expect(offline.problems).toEqual([]);
    } finally {
      await offline.context.close();
    }
  });
});
