import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production build (dist/) in Debian's Chromium. One browser and one
// static server are shared by every test file (see test/e2e/global-setup.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
