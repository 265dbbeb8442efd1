import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { localIsoDate, siteOrigin, takeAway, type CitationData } from '@/lib/citation/take-away';
import { getCorpus } from '@/lib/corpus';
import { passagePageUrl } from '@/lib/urls';

const GOLDEN = path.join(import.meta.dirname, '../fixtures/citation/exports');
const ORIGIN = 'https://reader.example';
const ACCESSED = '2026-12-05';

/** Three author kinds, from the real front matter: an organisation, a person, a pen name. */
function cases(): { name: string; data: CitationData }[] {
  const sources = new Map(getCorpus().sources.map((source) => [source.slug, source]));
  const pick = (slug: string, n: number) => {
    const { passages, file: _file, ...source } = sources.get(slug)!;
    const passage = passages[n];
    return { source, label: passage.label, path: passagePageUrl(slug, passage.id) };
  };
  return [
    { name: 'official-point-2', data: pick('global-ai-governance-initiative', 5) },
    { name: 'eaf-paragraph-3', data: pick('eaf-rule-developer-solution-provider', 2) },
    { name: 'he-yin-zh-paragraph-2', data: pick('he-yin-zh', 1) },
  ];
}

/** A golden file is compared, or written when it does not exist yet (then read and commit it). */
function golden(file: string, actual: string) {
  const at = path.join(GOLDEN, file);
  if (!existsSync(at)) writeFileSync(at, actual);
  expect(actual).toBe(readFileSync(at, 'utf8'));
}

describe('RIS and CSL-JSON exports', () => {
  it.each(cases().map((c) => [c.name, c.data] as const))('%s matches its golden files', (name, data) => {
    golden(`${name}.ris`, takeAway('ris', data, ORIGIN, ACCESSED));
    golden(`${name}.json`, takeAway('csl', data, ORIGIN, ACCESSED));
  });

  it.each(cases().map((c) => [c.name, c.data] as const))('%s round-trips through citation-js', (_name, data) => {
    const fromRis = new Cite(takeAway('ris', data, ORIGIN, ACCESSED)).data[0];
    const fromCsl = new Cite(JSON.parse(takeAway('csl', data, ORIGIN, ACCESSED))).data[0];
    const { source } = data;
    for (const item of [fromRis, fromCsl]) {
      expect(item.type).toBe('webpage');
      expect(item.URL).toBe(source.url ?? `${ORIGIN}${data.path}`);
      expect(item.publisher).toBe(source.publisher);
      expect(item.issued?.['date-parts']?.[0]).toEqual(source.date?.split('-').map(Number));
      expect(item.language).toBe(source.language === 'zh' ? 'zh-CN' : 'en');
      // Full-width punctuation in a Chinese title, as the page shows it.
      expect(item.title).not.toMatch(/\p{Script=Han}[:,]/u);
      const names = (item.author ?? []).map((name: { family?: string; literal?: string; given?: string }) =>
        [name.literal ?? name.family, name.given].filter(Boolean).join(', '),
      );
      expect(names).toEqual(
        (source.authors ?? []).map((author) =>
          'organisation' in author
            ? author.organisation
            : 'penName' in author
              ? author.penName
              : [author.family, author.given].filter(Boolean).join(', '),
        ),
      );
    }
    expect(fromCsl.accessed?.['date-parts']?.[0]).toEqual([2026, 12, 5]);
  });

  it('cites the page where it is served when the build had no SITE_URL, SITE_URL when it had', () => {
    const data = cases()[1].data;
    expect(takeAway('apa', data, 'https://mirror.example', ACCESSED)).toContain('https://mirror.example/sources/');
    expect(takeAway('apa', { ...data, site: 'https://reader.org' }, 'https://mirror.example', ACCESSED)).toContain(
      'https://reader.org/sources/',
    );
    expect(siteOrigin(undefined, 'http://[::1]:3800')).toBe('http://[::1]:3800');
  });

  it("fills GB/T 7714's 引用日期 with the day it is copied", () => {
    const gbt = takeAway('gbt', cases()[0].data, ORIGIN, localIsoDate(new Date(2026, 11, 5, 23, 59)));
    expect(gbt).toContain('(2023-10-20)[2026-12-05].');
    expect(gbt).not.toContain('[引用日期]');
    expect(takeAway('apaInText', cases()[0].data, ORIGIN, ACCESSED)).toBe('(中华人民共和国外交部, 2023, point 2)');
  });
});
