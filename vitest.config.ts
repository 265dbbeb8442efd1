import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Server-only modules are what unit tests exercise: in Node they are on the server, so the marker is empty.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // One module graph per worker, not per test file: most files import the corpus, the tagger and the search engine,
    // and re-importing them for each of the 47 files was over half of the unit tests' CPU time (81 → 30 CPU s). No test
    // keeps state between files: environment stubs and spies are restored by the test that makes them.
    isolate: false,
    // Tests load the whole corpus; on a busy 2-core machine that can take many seconds. No test is a timing gate (speed
    // lives in the bench), so the limit only catches a hang.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
