import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  // Formatting is Prettier's (`npm run format`); ESLint keeps to what formatting cannot catch.
  prettier,
  {
    rules: {
      // `_`-prefixed bindings mark values deliberately left out of an object spread.
      // Pages link with plain <a>: each page is a static document, and full loads let #fragments, :target and
      // #:~:text= behave as browsers intend for deep links.
      '@next/next/no-html-link-for-pages': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    'out-fixture/**',
    '.builds/**',
    '.bench-baseline/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
]);
