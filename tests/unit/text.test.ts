import { describe, expect, it } from 'vitest';
import { findPhrases } from '@/lib/text/match';
import { hanFoldFor, queryFold } from '@/lib/text/han';
import { hyphenatedCompounds, solidWords, tokenise, tokenTexts } from '@/lib/text/tokens';

const marked = (text: string, words: string[]) =>
  findPhrases(text, words).map(({ start, end }) => text.slice(start, end));

describe('tokens', () => {
  it('are words of spaced scripts and single Chinese characters, with their place in the original', () => {
    const text = 'The UN’s “central role”, ２０２３: AI治理';
    const tokens = tokenise(text);
    expect(tokens.map((token) => token.text)).toEqual(['the', 'un', 's', 'central', 'role', '2023', 'ai', '治', '理']);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      'The',
      'UN',
      's',
      'central',
      'role',
      '２０２３',
      'AI',
      '治',
      '理',
    ]);
    expect(tokens.map((token) => token.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('read a hyphenated word as its parts and as the joined form over them', () => {
    const tokens = tokenise('open-source code');
    expect(tokens.map(({ text, kind, position, span }) => [text, kind, position, span])).toEqual([
      ['open', 'word', 0, 1],
      ['opensource', 'joined', 0, 2],
      ['source', 'word', 1, 1],
      ['code', 'word', 2, 1],
    ]);
    expect(solidWords(tokens).map((token) => token.text)).toEqual(['opensource', 'code']);
  });

  it('with the corpus’s compounds, read a solid word as its parts and separate words as the compound', () => {
    const compounds = hyphenatedCompounds(['non-discrimination and open-source']);
    expect(tokenTexts('nondiscrimination', { compounds })).toEqual(['non', 'nondiscrimination', 'discrimination']);
    expect(tokenTexts('open source', { compounds })).toEqual(['open', 'opensource', 'source']);
    expect(tokenTexts('open sources', { compounds })).toEqual(['open', 'sources']);
  });
});

describe('the one matching rule (tagging, snippets, ?hl= marking)', () => {
  it('matches whole words: "AI" is not the "ai" in "said", "UN" not the start of "United"', () => {
    expect(marked('He said AI is here, and AI-driven tools.', ['AI'])).toEqual(['AI', 'AI']);
    expect(marked('United Nations, underscoring the UN', ['UN'])).toEqual(['UN']);
  });

  it('finds "open source", "open-source" and "opensource" for each other, and a part of a hyphenated word', () => {
    const text = 'open source, open-source and opensource';
    expect(marked(text, ['open-source'])).toEqual(['open source', 'open-source', 'opensource']);
    expect(marked(text, ['open source'])).toEqual(['open source', 'open-source']);
    expect(marked('fairness and non-discrimination', ['discrimination'])).toEqual(['discrimination']);
  });

  it('finds Chinese inside unspaced text, whatever the punctuation between', () => {
    expect(marked('中国强调联合国发挥主渠道作用', ['主渠道'])).toEqual(['主渠道']);
    expect(marked('作为人工智能大国,中国有信心', ['大国，中国'])).toEqual(['大国,中国']);
  });
});

describe('Traditional and Simplified Chinese', () => {
  it('fold to Simplified, character for character', () => {
    const fold = hanFoldFor(['聯合國發展中國家']);
    expect(tokenTexts('聯合國', { han: fold }).join('')).toBe('联合国');
    expect(tokenTexts('联合国', { han: fold }).join('')).toBe('联合国');
  });

  it('give queries only the Traditional characters of characters the corpus has', () => {
    const fold = queryFold(new Set(['联', '国']));
    expect(fold.get('聯')).toBe('联');
    expect(fold.get('國')).toBe('国');
    expect(fold.has('發')).toBe(false);
  });
});
