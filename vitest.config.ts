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
    // Nothing here is timed (speed is the bench's): the limit only stops a hung test. Vitest's default of 5 s fails
    // tests that parse every source file or build an index when the machine is shared.
    testTimeout: 60_000,
  },
});
