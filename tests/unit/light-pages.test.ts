import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { APPLY_SAVED_PREFERENCES } from '@/components/site/preferences';
import { counterpart, lightenPage, loadReader } from '@/scripts/build/light-pages';

/**
 * The build step that takes the framework out of reading pages (scripts/build/light-pages.ts), one folder per case in
 * tests/fixtures/light-pages/: case.json names the page's file, input.html is the export's page, and expected.html
 * the page as published, or error.txt the start of the message the build fails with. `{{PREFERENCES}}` stands for
 * the inline preferences script, which the step keeps only when it is exactly ours, and `{{READER}}` for the inline
 * script that loads the reader's.
 */
const MODULE_SRC = '/assets/reader-TEST.js';
const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'light-pages');
const read = (...parts: string[]) =>
  readFileSync(path.join(FIXTURES, ...parts), 'utf8')
    .trimEnd()
    .replaceAll('{{PREFERENCES}}', APPLY_SAVED_PREFERENCES)
    .replaceAll('{{READER}}', loadReader(MODULE_SRC));

describe('light pages', () => {
  for (const name of readdirSync(FIXTURES)) {
    test(name, async () => {
      const { file } = JSON.parse(read(name, 'case.json')) as { file: string };
      const page = lightenPage(read(name, 'input.html'), { file, moduleSrc: MODULE_SRC });
      if (existsSync(path.join(FIXTURES, name, 'error.txt'))) {
        await expect(page).rejects.toThrow(read(name, 'error.txt'));
      } else {
        expect(await page).toBe(read(name, 'expected.html'));
      }
    });
  }

  test('an edited preferences script is not ours: the build fails rather than keep an unknown script', async () => {
    const html = read('reading-page', 'input.html').replace(APPLY_SAVED_PREFERENCES, 'alert(1)');
    await expect(lightenPage(html, { file: 'index.html', moduleSrc: '/r.js' })).rejects.toThrow(
      'index.html: a script this build does not know',
    );
  });

  test('each page names its counterpart in the other language; 404 pages keep the other home page', () => {
    expect(counterpart('index.html')).toBe('/zh/');
    expect(counterpart('zh/index.html')).toBe('/');
    expect(counterpart('sources/x/p/p-1/index.html')).toBe('/zh/sources/x/p/p-1/');
    expect(counterpart('zh/search/index.html')).toBe('/search/');
    for (const file of ['404.html', 'zh/404.html', '404/index.html', 'zh/404/index.html', '_not-found/index.html'])
      expect(counterpart(file), file).toBeUndefined();
  });
});
