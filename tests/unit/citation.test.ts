import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACCESS_DATE_PLACEHOLDER, citePassage, citeSource, shortCitation } from '@/lib/citation';
import { passageLabelSchema, sourceFrontMatterSchema } from '@/lib/content/schema';

/**
 * Each case: a source's front matter (validated as an editor would write it), optionally a passage, and every style.
 */
const caseSchema = z.object({
  name: z.string(),
  source: sourceFrontMatterSchema,
  passage: z.object({ label: passageLabelSchema }).optional(),
  permalink: z.string(),
  options: z.object({ accessed: z.string() }).optional(),
  expected: z.object({
    apa: z.string(),
    apaInText: z.string().optional(),
    chicago: z.string(),
    bibtex: z.string(),
    gbt: z.string(),
  }),
});

const cases = z
  .array(caseSchema)
  .parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/citation/cases.json'), 'utf8')));

describe('citations (tests/fixtures/citation/cases.json)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const actual = c.passage
      ? citePassage(c.source, c.passage, c.permalink, c.options)
      : citeSource(c.source, c.permalink, c.options);
    expect(actual).toEqual(c.expected);
  });
});

const official = cases.find((c) => c.source.slug === 'global-ai-governance-initiative')!.source;

describe('what citations never invent', () => {
  it('names no author from the display string when no structured authors are given', () => {
    const citations = citeSource(
      { ...official, author: 'Cuihong Cai', authors: undefined },
      'https://reader.example/x/',
    );
    for (const text of Object.values(citations)) expect(text).not.toMatch(/Cai/);
  });

  it('leaves the access date to the reader unless it is given', () => {
    expect(citeSource(official, 'https://reader.example/x/').gbt).toContain(`(2023-10-20)${ACCESS_DATE_PLACEHOLDER}.`);
    expect(citeSource(official, 'https://reader.example/x/', { accessed: '2025-01-02' }).gbt).toContain(
      '(2023-10-20)[2025-01-02].',
    );
  });
});

describe('short citation after a copied quote', () => {
  const cai = cases[0].source;
  it('keeps its form without a label', () => {
    expect(shortCitation(cai)).toBe(
      'Cuihong Cai, [China as rule developer and solution provider in global AI governance], East Asia Forum, 2024-09-13',
    );
  });

  it('adds the label in the interface language', () => {
    expect(shortCitation(official, { kind: 'point', n: 2 }, 'en')).toMatch(/, 2023-10-18, point 2$/);
    expect(shortCitation(official, { kind: 'point', n: 2 }, 'zh')).toBe(
      "全球人工智能治理倡议，中华人民共和国外交部 (Ministry of Foreign Affairs of the People's Republic of China)，2023-10-18，第二点",
    );
  });
});
