import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCorpus } from '@/lib/corpus';
import { Tagger } from '@/lib/tagging/tag';

interface Judgement {
  source: string;
  quote: string;
  principle: string;
  expected: boolean;
  note?: string;
}

describe('Tagger', () => {
  const tagger = new Tagger([
    { id: 'non-discrimination', terms: { en: ['non-discrimination'], zh: [] } },
    { id: 'open-source', terms: { en: ['monopol*'], zh: [] } },
    { id: 'un-central-role', terms: { en: ['United Nations ... central role'], zh: ['主渠道'] } },
  ]);
  const ids = (text: string) => tagger.tag(text).map((mention) => mention.principle);

  it('matches spelling variants and marks the words in the original text', () => {
    const text = 'Fairness and nondiscrimination in data.';
    const [mention] = tagger.tag(text);
    expect(mention.principle).toBe('non-discrimination');
    expect(
      mention.evidence.by === 'terms' && text.slice(mention.evidence.matches[0].start, mention.evidence.matches[0].end),
    ).toBe('nondiscrimination');
  });

  it('matches whole English words only, with * as a prefix', () => {
    expect(ids('against technological monopolies')).toEqual(['open-source']);
    expect(ids('antimonopoly law')).toEqual([]);
    expect(ids('the discrimination-free zone')).toEqual([]);
  });

  it('needs every part of an "A ... B" term', () => {
    expect(ids('the United Nations should play a central role')).toEqual(['un-central-role']);
    expect(ids('a United Nations resolution')).toEqual([]);
  });

  it('matches Chinese terms inside unspaced text', () => {
    expect(ids('中国强调联合国发挥主渠道作用')).toEqual(['un-central-role']);
  });

  it('lets the editor add and remove principles', () => {
    expect(ids('Nothing relevant here.')).toEqual([]);
    expect(tagger.tag('Nothing relevant here.', { add: ['open-source'], remove: [] })).toEqual([
      { principle: 'open-source', evidence: { by: 'editor' } },
    ]);
    expect(tagger.tag('Against monopolies.', { add: [], remove: ['open-source'] })).toEqual([]);
  });
});

describe('tagging quality on the labelled set', () => {
  const judgements: Judgement[] = JSON.parse(
    readFileSync(path.join(process.cwd(), 'tests', 'tagging', 'labelled.json'), 'utf8'),
  );
  const corpus = getCorpus();
  // The tagger alone: editors' overrides in the Markdown would otherwise make the judgements test the overrides.
  const tagger = new Tagger(corpus.principles);

  it('has enough judgements of both kinds in both languages', () => {
    expect(judgements.length).toBeGreaterThanOrEqual(60);
    expect(judgements.filter((judgement) => judgement.expected).length).toBeGreaterThanOrEqual(20);
    expect(judgements.filter((judgement) => !judgement.expected).length).toBeGreaterThanOrEqual(20);
    expect(judgements.filter((judgement) => judgement.source === 'he-yin-zh').length).toBeGreaterThanOrEqual(10);
    const official = corpus.sources.filter((source) => source.kind === 'official').map((source) => source.slug);
    expect(judgements.filter((judgement) => official.includes(judgement.source)).length).toBeGreaterThanOrEqual(15);
  });

  it('reaches precision and recall of at least 0.95', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const errors: string[] = [];
    for (const judgement of judgements) {
      const source = corpus.sources.find((candidate) => candidate.slug === judgement.source);
      const passages = source?.passages.filter((passage) => passage.text.includes(judgement.quote)) ?? [];
      expect(passages.length, `${judgement.source}: "${judgement.quote}" must be in exactly one passage`).toBe(1);
      const tagged = tagger.tag(passages[0].text).some((mention) => mention.principle === judgement.principle);
      if (tagged && judgement.expected) truePositives++;
      if (tagged && !judgement.expected) falsePositives++;
      if (!tagged && judgement.expected) falseNegatives++;
      if (tagged !== judgement.expected)
        errors.push(
          `${tagged ? 'false positive' : 'missed'}: ${judgement.principle} in ${judgement.source} "${judgement.quote}"`,
        );
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `tagging on ${judgements.length} judgements: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (errors.length ? `\n  ${errors.join('\n  ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
