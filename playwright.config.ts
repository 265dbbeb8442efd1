import { defineConfig } from '@playwright/test';
import { browserPath, CHROMIUM_FLAGS } from './scripts/browser/find';

/**
 * Ports from the environment, so that checkouts side by side each test their own build; a server already on a port is
 * never reused (it may be another checkout's): the run fails and names the port instead.
 */
const SITE_PORT = Number(process.env.E2E_PORT ?? 3100);
const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? SITE_PORT + 1);

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    // No browser download: the Chromium scripts/browser/find.ts names (npm test's pretest step installs one).
    executablePath: browserPath(),
    args: CHROMIUM_FLAGS,
  },
};

/**
 * Browser tests run against static exports served like any static host: out/ (the site) and out-fixture/ (the site
 * built with hostile and added fixture content, see scripts/build-fixture-site.ts).
 */
export default defineConfig({
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  // A flaky test is seen and fixed, never retried away.
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'site', testDir: 'tests/e2e', use: { ...chromium, baseURL: `http://localhost:${SITE_PORT}` } },
    {
      name: 'fixture-site',
      testDir: 'tests/e2e-fixture',
      use: { ...chromium, baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
  ],
  webServer: [
    {
      command: 'node scripts/serve.mjs out',
      env: { PORT: String(SITE_PORT) },
      url: `http://localhost:${SITE_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: 'node scripts/serve.mjs out-fixture',
      env: { PORT: String(FIXTURE_PORT) },
      url: `http://localhost:${FIXTURE_PORT}/`,
      reuseExistingServer: false,
    },
  ],
});
