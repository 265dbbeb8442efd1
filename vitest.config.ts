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
    // Tests load the whole corpus; on a busy 2-core machine that can take many seconds. No test is a timing gate (speed
    // lives in the bench), so the limit only catches a hang.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
