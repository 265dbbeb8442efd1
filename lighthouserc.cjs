/**
 * The Lighthouse gates of `npm test` (`npm run lighthouse`, Lighthouse CI): on one page of every kind of the built
 * site (tests/lighthouse/pages.json; the passage page is the Initiative's point 2 by its frozen id), served from out/
 * by the project's own compressing server, in the Chromium scripts/browser/find.ts names, with Lighthouse's mobile
 * emulation: accessibility 100, best practices ≥ 95, SEO ≥ 95 in every run. Performance and Web Vitals depend on the
 * machine's load, so `npm run bench` measures them (bench/lighthouse.ts) and nothing gates them here.
 *
 * LIGHTHOUSE_PORT sets the server's port, so checkouts side by side never share a server.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- Lighthouse CI loads its configuration with require() */
const { execFileSync } = require('node:child_process');
const pages = require('./tests/lighthouse/pages.json');
/* eslint-enable @typescript-eslint/no-require-imports */

/** The browser and flags scripts/browser/find.ts names, asked of it through tsx (it is TypeScript, an ES module). */
const { browserPath, CHROMIUM_FLAGS } = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      "import { browserPath, CHROMIUM_FLAGS } from './scripts/browser/find.ts'; console.log(JSON.stringify({ browserPath: browserPath(), CHROMIUM_FLAGS }))",
    ],
    { encoding: 'utf8' },
  ),
);

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3102);
const gate = (minScore) => ['error', { minScore, aggregationMethod: 'pessimistic' }];

module.exports = {
  ci: {
    collect: {
      url: pages.map((page) => `http://localhost:${port}${page}`),
      startServerCommand: `PORT=${port} node scripts/serve.mjs out`,
      startServerReadyPattern: 'Serving ',
      numberOfRuns: 1,
      chromePath: browserPath,
      settings: {
        onlyCategories: ['accessibility', 'best-practices', 'seo'],
        // The full-page screenshot only illustrates the HTML report (no audit reads it): 2 s of every run's 13 s.
        disableFullPageScreenshot: true,
        chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS].join(' '),
      },
    },
    assert: {
      assertions: {
        'categories:accessibility': gate(1),
        'categories:best-practices': gate(0.95),
        'categories:seo': gate(0.95),
      },
    },
    upload: { target: 'filesystem', outputDir: 'test-results/lighthouse' },
  },
};
