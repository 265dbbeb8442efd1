import { describe, expect, it } from 'vitest';
import { random } from '@/bench/synthetic';
import { getCorpus } from '@/lib/corpus';
import { buildLinks } from '@/lib/links';
import { encodeSheet, MAX_SHEET_ENTRIES, parseSheet, type SheetRef } from '@/lib/sheet/codec';
import { describeSheetProblem, type SheetProblem } from '@/lib/sheet/problems';
import { buildSheetCatalogue, catalogueResolver, decodeSheet, type SheetCatalogue } from '@/lib/sheet/resolve';
import { sheetUrl } from '@/lib/urls';

const catalogue: SheetCatalogue = {
  'he-yin-zh': {
    ids: ['p-10535504', 'p-1b425c97', 'p-33e23170'],
    retired: { 'p-aaaaaaaa': 'p-1b425c97', 'p-bbbbbbbb': null },
  },
  'global-ai-governance-initiative': {
    ids: ['p-6767d27f', 'p-13854c14', 'p-28b31557', 'p-6767d27f0a', 'p-13854c14-2'],
    retired: {},
  },
  'looking-at-gaigi': { ids: ['p-07c8be4f'], retired: {} },
};
const resolve = catalogueResolver(catalogue);
const kinds = (problems: readonly SheetProblem[]) => problems.map((problem) => problem.kind);

describe('sheet links: the compact form', () => {
  const five: SheetRef[] = [
    { slug: 'global-ai-governance-initiative', id: 'p-6767d27f' },
    { slug: 'global-ai-governance-initiative', id: 'p-13854c14-2' },
    { slug: 'he-yin-zh', id: 'p-10535504' },
    { slug: 'global-ai-governance-initiative', id: 'p-6767d27f0a' },
    { slug: 'looking-at-gaigi', id: 'p-07c8be4f' },
  ];

  it('names each source once, then by letter; a bare id continues the source before it', () => {
    expect(encodeSheet(five)).toBe(
      'global-ai-governance-initiative_6767d27f.13854c14-2.he-yin-zh_10535504.A6767d27f0a.looking-at-gaigi_07c8be4f',
    );
  });

  it('round-trips a 5-quote sheet through its URL, in order', () => {
    const url = new URL(sheetUrl(encodeSheet(five)), 'https://reader.example');
    const { entries, problems } = decodeSheet(url.searchParams.get('p'), resolve);
    expect(problems).toEqual([]);
    expect(entries.map(({ slug, id }) => ({ slug, id }))).toEqual(five);
    expect(entries.map((entry) => entry.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it('uses only characters that URLSearchParams and chat apps keep as they are', () => {
    const value = encodeSheet(five);
    expect(new URLSearchParams({ p: value }).toString()).toBe(`p=${value}`);
    expect(value).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it('refuses to encode what is not a passage reference', () => {
    expect(() => encodeSheet([{ slug: 'Bad Slug', id: 'p-12345678' }])).toThrow(RangeError);
    expect(() => encodeSheet([{ slug: 'ok', id: 'p-123' }])).toThrow(RangeError);
  });
});

describe('sheet links: what people paste', () => {
  const expected = [
    { slug: 'he-yin-zh', id: 'p-10535504' },
    { slug: 'looking-at-gaigi', id: 'p-07c8be4f' },
  ];
  it.each([
    ['the plain form', 'he-yin-zh~p-10535504,looking-at-gaigi~p-07c8be4f'],
    ['the plain form without "p-"', 'he-yin-zh~10535504,looking-at-gaigi~07c8be4f'],
    ['percent-encoded', encodeURIComponent('he-yin-zh~p-10535504,looking-at-gaigi~p-07c8be4f')],
    [
      'percent-encoded twice',
      encodeURIComponent(encodeURIComponent('he-yin-zh~p-10535504,looking-at-gaigi~p-07c8be4f')),
    ],
    ['hand-edited: spaces, "+", trailing commas, upper case', ' HE-YIN-ZH~P-10535504 ,+, looking-at-gaigi~07C8BE4F,, '],
    ['both forms mixed', 'he-yin-zh_10535504,looking-at-gaigi~p-07c8be4f.'],
  ])('reads %s', (_name, raw) => {
    const { entries, problems } = decodeSheet(raw, resolve);
    expect(problems).toEqual([]);
    expect(entries.map(({ slug, id }) => ({ slug, id }))).toEqual(expected);
  });

  it.each([[''], [null], [undefined], [',,, . ;'], ['%20']])(
    'reads %j as an empty sheet, with nothing to report',
    (raw) => {
      expect(decodeSheet(raw, resolve)).toEqual({ entries: [], problems: [] });
    },
  );
});

describe('sheet links: what cannot be shown is named, never dropped', () => {
  it('names unknown sources and passages, retired ids (shown as they now read), removed passages and duplicates', () => {
    const raw = 'nowhere_12345678.he-yin-zh_99999999.aaaaaaaa.bbbbbbbb.1b425c97.10535504.B10535504';
    const { entries, problems } = decodeSheet(raw, resolve);
    expect(entries).toEqual([
      { position: 3, slug: 'he-yin-zh', id: 'p-1b425c97', requested: 'p-aaaaaaaa' },
      { position: 6, slug: 'he-yin-zh', id: 'p-10535504' },
    ]);
    expect(problems).toEqual([
      { kind: 'unknown-source', position: 1, slug: 'nowhere', id: 'p-12345678' },
      { kind: 'unknown-passage', position: 2, slug: 'he-yin-zh', id: 'p-99999999' },
      { kind: 'retired', position: 3, slug: 'he-yin-zh', id: 'p-aaaaaaaa', to: 'p-1b425c97' },
      { kind: 'removed', position: 4, slug: 'he-yin-zh', id: 'p-bbbbbbbb' },
      { kind: 'duplicate', position: 5, slug: 'he-yin-zh', id: 'p-1b425c97', first: 3 },
      { kind: 'duplicate', position: 7, slug: 'he-yin-zh', id: 'p-10535504', first: 6 },
    ]);
  });

  it('keeps the first of a retired id and the passage that replaced it', () => {
    const { entries, problems } = decodeSheet('he-yin-zh_aaaaaaaa.1b425c97', resolve);
    expect(entries).toEqual([{ position: 1, slug: 'he-yin-zh', id: 'p-1b425c97', requested: 'p-aaaaaaaa' }]);
    expect(kinds(problems)).toEqual(['retired', 'duplicate']);
  });

  it('names malformed entries: no source, a letter never defined, a truncated id, hand-typed words', () => {
    const { entries, problems } = decodeSheet(
      '10535504.C10535504.he-yin-zh_1053.he-yin.looking-at-gaigi_07c8be4f',
      resolve,
    );
    expect(entries).toEqual([{ position: 5, slug: 'looking-at-gaigi', id: 'p-07c8be4f' }]);
    expect(problems).toEqual([
      { kind: 'malformed', position: 1, text: '10535504', reason: 'no-source' },
      { kind: 'malformed', position: 2, text: 'C10535504', reason: 'bad-reference' },
      { kind: 'malformed', position: 3, text: 'he-yin-zh_1053', reason: 'syntax' },
      { kind: 'malformed', position: 4, text: 'he-yin', reason: 'syntax' },
    ]);
  });

  it('does not look up object members: a slug like "constructor" is an unknown source', () => {
    expect(kinds(decodeSheet('constructor~p-12345678,__proto__~p-12345678', resolve).problems)).toEqual([
      'unknown-source',
      'malformed',
    ]);
  });

  it('reads 10,000 entries up to the limit, and says how many it left unread', () => {
    const raw = Array.from({ length: 10_000 }, (_, i) => `he-yin-zh~p-${i.toString(16).padStart(8, '0')}`).join(',');
    const { entries, problems } = decodeSheet(raw, resolve);
    expect(entries).toEqual([]);
    expect(problems).toHaveLength(MAX_SHEET_ENTRIES + 1);
    expect(problems.at(-1)).toEqual({ kind: 'too-many', limit: MAX_SHEET_ENTRIES, total: 10_000 });
    expect(describeSheetProblem(problems.at(-1)!, 'en')).toBe(
      'This link holds 10000 entries; a sheet holds at most 200, so only the first 200 are read.',
    );
  });

  it('returns hostile text as a short plain excerpt, without control or direction characters', () => {
    const hostile = [
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '\u202egnp.exe',
      'a\u0000b\u001b[31m',
      'x'.repeat(100_000),
      '%E0%A4%A',
      '"onmouseover="x',
    ];
    const { entries, problems } = decodeSheet(hostile.join(','), resolve);
    expect(entries).toEqual([]);
    const texts = problems.map((problem) => (problem.kind === 'malformed' ? problem.text : ''));
    expect(texts).toEqual([
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '\ufffdgnp',
      'exe',
      'a\ufffdb\ufffd[31m',
      `${'x'.repeat(40)}…`,
      '%E0%A4%A',
      '"onmouseover="x',
    ]);
    for (const text of texts) expect(text).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
  });

  it('says each problem in both interface languages', () => {
    const retired: SheetProblem = {
      kind: 'retired',
      position: 3,
      slug: 'he-yin-zh',
      id: 'p-aaaaaaaa',
      to: 'p-1b425c97',
    };
    expect(describeSheetProblem(retired, 'en')).toBe(
      'Entry 3: passage p-aaaaaaaa of “he-yin-zh” was edited; it is shown as it now reads (p-1b425c97).',
    );
    expect(describeSheetProblem(retired, 'zh')).toBe(
      '第3项：“he-yin-zh”的段落 p-aaaaaaaa 已修改，现显示修改后的文字（p-1b425c97）。',
    );
  });
});

/** Random slugs (up to 38 characters) and ids of every shape, from a seed, so a failure can be replayed. */
function randomCatalogue(next: () => number, sources: number): SheetRef[] {
  const word = () =>
    Array.from(
      { length: 1 + Math.floor(next() * 9) },
      () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(next() * 36)],
    ).join('');
  const hex = (length: number) => Array.from({ length }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join('');
  const refs: SheetRef[] = [];
  for (let s = 0; s < sources; s++) {
    const slug = `${word()}-${word()}-${word()}-${word()}`.slice(0, 38).replace(/-+$/, '');
    for (let p = 0; p < 12; p++) {
      const shape = next();
      refs.push({
        slug: `${slug}${s}`,
        id: `p-${hex(shape < 0.7 ? 8 : 9 + Math.floor(next() * 8))}${shape > 0.9 ? `-${2 + Math.floor(next() * 3)}` : ''}`,
      });
    }
  }
  return refs;
}

function catalogueOf(refs: readonly SheetRef[]): SheetCatalogue {
  const catalogue: SheetCatalogue = {};
  for (const { slug, id } of refs) catalogue[slug] = { ids: [...(catalogue[slug]?.ids ?? []), id], retired: {} };
  return catalogue;
}

describe('sheet links: properties over random sheets (seeded)', () => {
  it('round-trips any order of distinct passages', () => {
    const next = random(20_240_913);
    for (let round = 0; round < 300; round++) {
      const pool = [
        ...new Map(
          randomCatalogue(next, 1 + Math.floor(next() * 30)).map((ref) => [`${ref.slug}#${ref.id}`, ref]),
        ).values(),
      ];
      const sheet = pool.sort(() => next() - 0.5).slice(0, Math.floor(next() * MAX_SHEET_ENTRIES));
      const { entries, problems } = decodeSheet(encodeSheet(sheet), catalogueResolver(catalogueOf(pool)));
      expect(problems).toEqual([]);
      expect(entries.map(({ slug, id }) => ({ slug, id }))).toEqual(sheet);
    }
  });

  it('accounts for every entry of a truncated or garbled link, and never throws', () => {
    const next = random(7);
    const pool = randomCatalogue(next, 6);
    const resolveRandom = catalogueResolver(catalogueOf(pool));
    const encoded = encodeSheet(pool.slice(0, 40));
    const noise = '._~,;+ %<>"\'&#?=/\\\u202e\u0000AZaz09-p';
    for (let round = 0; round < 500; round++) {
      const cut = encoded.slice(0, Math.floor(next() * encoded.length));
      const garbled = Array.from(cut, (char) => (next() < 0.03 ? noise[Math.floor(next() * noise.length)] : char)).join(
        '',
      );
      const tokens = parseSheet(garbled);
      const { entries, problems } = decodeSheet(garbled, resolveRandom);
      const notes = problems.filter((problem) => problem.kind === 'retired' || problem.kind === 'too-many').length;
      expect(entries.length + problems.length - notes).toBe(tokens.refs.length + tokens.problems.length);
    }
  });
});

describe('sheet links: length with the real corpus', () => {
  it('keeps a 50-passage sheet from all sources, interleaved, well under 2,000 characters', () => {
    const corpus = getCorpus();
    const refs = corpus.sources.flatMap((source) =>
      source.passages.map((passage) => ({ slug: source.slug, id: passage.id })),
    );
    // Worst order for the encoding: every entry from another source than the one before.
    const bySource = corpus.sources.map((source) => refs.filter((ref) => ref.slug === source.slug));
    const sheet: SheetRef[] = [];
    for (let i = 0; sheet.length < 50; i++)
      for (const list of bySource) if (list[i] && sheet.length < 50) sheet.push(list[i]);
    const url = sheetUrl(encodeSheet(sheet));
    expect(url.length).toBeLessThan(1_000);
    const links = buildLinks(corpus);
    const { entries, problems } = decodeSheet(
      new URL(url, 'https://reader.example').searchParams.get('p'),
      catalogueResolver(buildSheetCatalogue(corpus.sources, links.retired)),
    );
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(50);
  });
});
