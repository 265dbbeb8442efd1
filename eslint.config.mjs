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
  {
    // A function longer than a screen is several steps: name them. Tests are exempt (a test reads top to bottom), and
    // so is bench/ (each part is a measuring script, kept whole so its steps and figures read in order).
    files: ['app/**', 'components/**', 'lib/**', 'scripts/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Prettier wraps code at 120 columns but leaves comments and string literals as written: a comment or code line
    // past 120 is caught here. Long strings and URLs are left to the reader (splitting a message hides it from grep).
    rules: {
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
        },
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
