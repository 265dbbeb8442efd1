/**
 * The Lighthouse gates of `npm test` (`npm run lighthouse`, Lighthouse CI): on one page of every kind of the built
 * site (tests/lighthouse/pages.json; the passage page is the Initiative's point 2 by its frozen id), served from out/
 * by the project's own compressing server, in the Chromium scripts/browser/find.ts names, with Lighthouse's mobile
 * emulation: accessibility 100, best practices ≥ 95, SEO ≥ 95 in every run. Performance and Web Vitals depend on the
 * machine's load, so `npm run bench` measures them (bench/lighthouse.ts) and nothing gates them here.
 *
 * Run through tsx (see package.json), so this file can require the TypeScript browser finder. LIGHTHOUSE_PORT sets
 * the server's port, so checkouts side by side never share a server.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- Lighthouse CI loads its configuration with require() */
const { browserPath, CHROMIUM_FLAGS } = require('./scripts/browser/find.ts');
const pages = require('./tests/lighthouse/pages.json');
/* eslint-enable @typescript-eslint/no-require-imports */

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3102);
const gate = (minScore) => ['error', { minScore, aggregationMethod: 'pessimistic' }];

module.exports = {
  ci: {
    collect: {
      url: pages.map((page) => `http://localhost:${port}${page}`),
      startServerCommand: `PORT=${port} node scripts/serve.mjs out`,
      startServerReadyPattern: 'Serving ',
      numberOfRuns: 1,
      chromePath: browserPath(),
      settings: {
        onlyCategories: ['accessibility', 'best-practices', 'seo'],
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
