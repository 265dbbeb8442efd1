/**
 * The reader's one script, on every page (scripts/build/client.ts bundles it; scripts/build/light-pages.ts adds it):
 * it attaches to the server-rendered markup, which reads and links without it. Reading pages carry no framework; on
 * the two pages that keep React (/search/, /sheet/) it waits until React has hydrated the page, so that nothing it
 * writes into the header is taken for a mismatch.
 */
import { attachCopy } from './copy';
import { afterHydration } from './hydration';
import { attachLanguageSwitch } from './language';
import { initMatrixGrid } from './matrix-grid';
import { attachReading } from './reading';
import { attachSearchBox } from './search-box';
import { attachSheet } from './sheet';
import { attachTargetFocus } from './target-focus';
import { attachTheme } from './theme';

afterHydration(() => {
  attachTheme();
  attachLanguageSwitch();
  attachSearchBox();
  attachCopy();
  attachSheet();
  attachReading();
  attachTargetFocus();
  document.querySelectorAll<HTMLTableElement>('table[data-matrix-grid]').forEach((table) => initMatrixGrid(table));
  // Shows the controls it has made work (app/globals.css), and tells tests the page is ready.
  document.documentElement.setAttribute('data-reader', '');
});
