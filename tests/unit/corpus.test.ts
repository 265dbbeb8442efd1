import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '@/lib/corpus';
import { buildWorks } from '@/lib/links/works';
import { corpusJson } from '@/lib/publish/corpus-json';
import { normalise } from '@/lib/text/normalise';

const corpus = getCorpus();
const REQUIRED_PRINCIPLES = [
  'sovereignty',
  'risk-tiered-testing',
  'non-discrimination',
  'un-central-role',
  'developing-country-voice',
];

/**
 * The sentences of a Markdown body, found without the pipeline's parser: strip front matter, comments and block
 * markers, then split after sentence-ending punctuation. Each must reappear in some passage.
 */
function sentencesOf(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--[\s\S]*?-->/g, '');
  return body
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^\s*(?:#+|>|[-*+]|\d+\.)\s+/gm, '').replace(/[*_`]/g, ''))
    .flatMap((block) => block.split(/(?<=[.!?。！？])\s*/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

describe('the corpus in content/', () => {
  it('has the principles that links depend on', () => {
    const ids = corpus.principles.map((principle) => principle.id);
    for (const id of REQUIRED_PRINCIPLES) expect(ids).toContain(id);
  });

  it('keeps every sentence of every source file in some passage', () => {
    const dir = path.join(process.cwd(), 'content', 'sources');
    const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
    expect(files.length).toBe(corpus.sources.length);
    let checked = 0;
    for (const name of files) {
      const source = corpus.sources.find((candidate) => candidate.file === `content/sources/${name}`);
      expect(source, name).toBeDefined();
      const passages = normalise(source!.passages.map((passage) => passage.text).join('\n'));
      for (const sentence of sentencesOf(readFileSync(path.join(dir, name), 'utf8'))) {
        expect(passages, `${name}: "${sentence}"`).toContain(normalise(sentence));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('gives every passage an id unique within its source', () => {
    for (const source of corpus.sources) {
      const ids = source.passages.map((passage) => passage.id);
      expect(new Set(ids).size, source.slug).toBe(ids.length);
    }
  });

  it("aligns the People's Daily translation with its Chinese original one to one", () => {
    const translation = corpus.sources.find((source) => source.slug === 'he-yin-en');
    const original = corpus.sources.find((source) => source.slug === 'he-yin-zh');
    expect(translation?.translationOf).toBe('he-yin-zh');
    expect(original?.language).toBe('zh');
    expect(translation?.passages.length).toBe(original?.passages.length);
  });

  it('states each required principle somewhere, in both languages where the Chinese text argues it', () => {
    const json = corpusJson(corpus);
    for (const id of REQUIRED_PRINCIPLES) {
      expect(json.principles.find((principle) => principle.id === id)?.passages.length, id).toBeGreaterThan(0);
    }
    const zhPrinciples = new Set(
      json.sources.find((source) => source.slug === 'he-yin-zh')!.passages.flatMap((passage) => passage.principles),
    );
    expect([...zhPrinciples]).toEqual(expect.arrayContaining(['un-central-role', 'developing-country-voice']));
  });
});

describe('works', () => {
  const works = buildWorks(corpus.sources);
  const byId = new Map(works.map((work) => [work.id, work]));

  it('make an original and its translations one work, with aligned rows', () => {
    const heYin = byId.get('he-yin-zh')!;
    expect(heYin.versions.map((source) => source.slug)).toEqual(['he-yin-zh', 'he-yin-en']);
    expect(heYin.rows.every((row) => row.versions.length === 2)).toBe(true);
    expect(byId.has('he-yin-en')).toBe(false);
    expect(works.length).toBe(corpus.sources.length - 1);
  });

  it('keep a commentary its own work, a commentary on the work it discusses', () => {
    expect(byId.get('he-yin-commentary')?.commentaryOn).toBe('he-yin-zh');
  });

  it('state each required principle in at least two works', () => {
    for (const id of REQUIRED_PRINCIPLES) {
      const stating = works.filter((work) =>
        work.rows.some((row) =>
          row.versions.some(({ passage }) => passage.mentions.some((mention) => mention.principle === id)),
        ),
      );
      expect(stating.length, id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('corpus.json', () => {
  const json = corpusJson(corpus);

  it('has the published shape', () => {
    expect(json.schemaVersion).toBe(1);
    for (const source of json.sources) {
      expect(source).toMatchObject({
        slug: expect.any(String),
        title: expect.any(String),
        language: expect.stringMatching(/^(en|zh)$/),
      });
      expect(source).not.toHaveProperty('file');
      expect(source.work).toBe(source.translationOf ?? source.slug);
      for (const passage of source.passages) {
        expect(passage).toMatchObject({
          id: expect.stringMatching(/^p-[0-9a-f]{8}/),
          text: expect.any(String),
          principles: expect.any(Array),
          label: { kind: expect.any(String) },
        });
      }
    }
    for (const principle of json.principles) {
      expect(principle).toMatchObject({
        id: expect.any(String),
        title: expect.any(String),
        titleZh: expect.any(String),
        summary: expect.any(String),
      });
    }
  });

  it('links principles and passages both ways', () => {
    const refs = new Set(
      json.sources.flatMap((source) => source.passages.map((passage) => `${source.slug}#${passage.id}`)),
    );
    for (const principle of json.principles) {
      for (const ref of principle.passages) {
        expect(refs).toContain(ref);
        const [slug, id] = ref.split('#');
        const passage = json.sources
          .find((source) => source.slug === slug)!
          .passages.find((candidate) => candidate.id === id)!;
        expect(passage.principles).toContain(principle.id);
      }
    }
  });

  it('leaves unknown metadata out rather than guessing', () => {
    const unknownDates = json.sources.filter((source) => !('date' in source));
    expect(unknownDates.map((source) => source.slug)).toContain('new-era-openness-collaboration');
    expect(JSON.stringify(json)).not.toMatch(/"(?:author|date|publisher|url)":\s*(?:null|""|"unknown")/i);
  });
});
