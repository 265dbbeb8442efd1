import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './test';
import { parse } from 'yaml';
import type { CorpusJson } from '../../lib/publish/corpus-json';
import { builtCorpus } from './corpus';

type Source = CorpusJson['sources'][number];

/** A work's rows (a paragraph in every version of it counts once), as the pages count them (lib/links/works.ts). */
function rowsOf(versions: Source[]): { rows: number; stating: number } {
  const rows = versions[0].passages.map((_, index) => versions.map((version) => version.passages[index]));
  return {
    rows: rows.length,
    stating: rows.filter((row) => row.some((passage) => passage.principles.length > 0)).length,
  };
}

/** Rows of the corpus stating a principle, and the works they are in. */
function principleCounts(corpus: CorpusJson, principle: string) {
  const rows = new Set<string>();
  for (const source of corpus.sources)
    source.passages.forEach((passage, index) => {
      if (passage.principles.includes(principle)) rows.add(`${source.work}#${index}`);
    });
  return { passages: rows.size, works: new Set([...rows].map((row) => row.split('#')[0])).size };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

test('the home page states the corpus: the Initiative, every principle and work with their counts, and corpus.json', async ({
  page,
  request,
}) => {
  const corpus = builtCorpus();
  const initiative = parse(readFileSync(path.join(process.cwd(), 'content', 'initiative.md'), 'utf8').split('---')[1]);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(initiative.title);
  await expect(page.getByRole('link', { name: "Read the Initiative's official text" })).toHaveAttribute(
    'href',
    `/sources/${initiative.source}/`,
  );

  const principles = page.locator('section[aria-labelledby="principles-heading"] > ul > li');
  await expect(principles).toHaveCount(corpus.principles.length);
  for (const principle of corpus.principles) {
    const item = principles.filter({ has: page.getByRole('link', { name: principle.title, exact: true }) });
    await expect(item.getByRole('link', { name: principle.title, exact: true })).toHaveAttribute(
      'href',
      `/principles/${principle.id}/`,
    );
    const { passages, works } = principleCounts(corpus, principle.id);
    expect(passages, `${principle.id} is stated somewhere`).toBeGreaterThan(0);
    await expect(item).toContainText(`${plural(passages, 'passage')} in ${plural(works, 'work')}`);
  }

  const workIds = [...new Set(corpus.sources.map((source) => source.work))];
  const works = page.locator('section[aria-labelledby="sources-heading"] > ul > li');
  await expect(works).toHaveCount(workIds.length);
  for (const work of workIds) {
    const item = works.filter({ has: page.locator(`h3 a[href="/sources/${work}/"]`) });
    await expect(item).toHaveCount(1);
    const { rows, stating } = rowsOf(corpus.sources.filter((source) => source.work === work));
    await expect(item).toContainText(`${rows} passages, ${stating} stating a principle`);
  }

  const download = page.getByRole('link', { name: 'Download every passage and principle as JSON' });
  await expect(download).toHaveAttribute('download', '');
  const response = await request.get((await download.getAttribute('href'))!);
  expect(response.ok()).toBe(true);
  const published: CorpusJson = await response.json();
  expect(published.schemaVersion).toBe(1);
  expect(published.sources.map((source) => source.slug)).toEqual(corpus.sources.map((source) => source.slug));
  expect(corpus.sources.length).toBeGreaterThanOrEqual(7);
});
