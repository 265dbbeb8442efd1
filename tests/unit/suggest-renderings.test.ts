import { describe, expect, it } from 'vitest';
import { formatLabel } from '@/lib/content/labels';
import { getCorpus } from '@/lib/corpus';
import { suggestRenderings } from '@/lib/links/suggest-renderings';

describe('suggest-links', () => {
  const suggestions = suggestRenderings(getCorpus());
  const forLabel = (label: string) =>
    suggestions.find((suggestion) => formatLabel(suggestion.target.passage.label, 'en') === label)!;

  it('puts the passage that gives a point in English first', () => {
    const top = forLabel('point 2').candidates[0];
    expect(top.source.slug).toBe('new-era-openness-collaboration');
    expect(top.passage.text).toContain('respect other countries’ national sovereignty');
    expect(forLabel('point 7').candidates[0].passage.text).toContain('fairness and non-discrimination');
  });

  it('suggests nothing for a line that states nothing, and knows the marks already written', () => {
    expect(forLabel('lead-in').candidates).toEqual([]);
    expect(
      forLabel('point 11').candidates.find((candidate) => candidate.source.slug === 'looking-at-gaigi')?.marked,
    ).toBe(true);
  });
});
