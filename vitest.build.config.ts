import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:build`: tests that run whole builds (tests/build/), kept out of `vitest run` because they take minutes.
 */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: { include: ['tests/build/**/*.test.ts'], environment: 'node' },
});
