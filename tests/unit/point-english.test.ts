import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatLabel } from '@/lib/content/labels';
import { buildCorpus, getCorpus } from '@/lib/corpus';
import { buildLinks, getLinks, type CorpusLinks } from '@/lib/links';
import { pointEnglish, renderingCounts, rowView, type PointEnglish } from '@/lib/pages/view';
import { principlePageData } from '@/lib/pages/principles';

/** content/ plus the fixture partial translation (points 10, 2 and 7, in that order), in a folder of its own. */
const root = mkdtempSync(path.join(tmpdir(), 'gaigi-point-english-'));
cpSync(path.join(process.cwd(), 'content'), path.join(root, 'content'), { recursive: true });
cpSync(
  path.join(process.cwd(), 'tests/fixtures/site-additions/sources/partial-official-translation.md'),
  path.join(root, 'content/sources/partial-official-translation.md'),
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function englishByPoint(links: CorpusLinks): Map<string, PointEnglish> {
  const rows = links.initiative?.rows ?? [];
  return new Map(
    rows.map((row) => {
      const view = rowView(row, links, 'en');
      return [formatLabel(view.label, 'en'), pointEnglish(view, renderingCounts(links))];
    }),
  );
}

describe("the English of the Initiative's points", () => {
  it('shows the official translation for the points it covers, then an article, then says there is none', () => {
    const english = englishByPoint(buildLinks(buildCorpus(root)));
    for (const point of ['point 2', 'point 7', 'point 10']) {
      const shown = english.get(point);
      expect(shown?.kind, point).toBe('official');
      expect(shown && shown.kind !== 'none' && shown.wording.source.slug).toBe('partial-official-translation');
    }
    // Point 2's article wording is still linked, below the official one.
    const point2 = english.get('point 2');
    expect(point2 && point2.kind !== 'none' && point2.others.map((other) => other.source.slug)).toContain(
      'new-era-openness-collaboration',
    );
    expect(english.get('point 1')?.kind).toBe('article');
    expect(english.get('point 5')?.kind).toBe('article');
  }, 60_000);

  it('labels an article wording as such, the closest wording first, and says when there is none', () => {
    const english = englishByPoint(getLinks());
    expect([...english.values()].some((shown) => shown.kind === 'official')).toBe(false);
    const point5 = english.get('point 5');
    // looking-at-gaigi renders point 5 alone; the China Daily and New era paragraphs paraphrase several points.
    expect(point5?.kind === 'article' && point5.wording.source.slug).toBe('looking-at-gaigi');
    expect(english.get('point 10')?.kind).toBe('none');
  });
});

describe('a principle page', () => {
  it('shows no paragraph twice: a work paragraph quoted as a point’s English is named, not quoted again', () => {
    const data = principlePageData('sovereignty', 'en')!;
    const quoted = Object.values(data.initiative?.english ?? {}).flatMap((shown) =>
      shown.kind === 'none' ? [] : [shown.wording.href],
    );
    expect(quoted.length).toBeGreaterThan(0);
    const inWorks = data.works.flatMap((work) => work.rows.flatMap((row) => row.versions.map((v) => v.href)));
    for (const href of quoted) expect(inWorks).not.toContain(href);
    expect(data.works.flatMap((work) => work.shownAbove ?? []).length).toBeGreaterThan(0);
    expect(getCorpus().sources.length).toBeGreaterThan(0);
  });
});
