import { distDir } from './dist-dir';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = distDir();
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(
      'No production build in dist/: run `npm run build` before the end-to-end tests.',
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium).`,
    );
  }
  const server = await startStaticServer(dist);
  const browserServer = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  project.provide('baseUrl', server.url);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await server.close();
  };
}
