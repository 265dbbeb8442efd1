import { describe, expect, it } from 'vitest';
import { normalise, normaliseWithOffsets } from '@/lib/text/normalise';

describe('normalise', () => {
  it('folds case, width, diacritics and quotes', () => {
    expect(normalise('ＵＮ Framework')).toBe('un framework');
    expect(normalise('Café “AI” — l’été')).toBe('cafe "ai" l\'ete');
    expect(normalise('（联合国）')).toBe('(联合国)');
  });

  it('drops hyphens inside words only', () => {
    expect(normalise('non-discrimination')).toBe(normalise('nondiscrimination'));
    expect(normalise('people‐centred')).toBe('peoplecentred');
    expect(normalise('AI — and - more')).toBe('ai and more');
  });

  it('collapses whitespace', () => {
    expect(normalise('  UN \n\t framework ')).toBe('un framework');
  });

  it('maps every normalised character back to the original', () => {
    const original = 'Non-discrimination, “fair”';
    const { text, offsets } = normaliseWithOffsets(original);
    const start = text.indexOf('fair');
    expect(original.slice(offsets[start], offsets[start + 4])).toBe('fair');
    expect(original.slice(offsets[0], offsets[text.indexOf(',')])).toBe('Non-discrimination');
    expect(offsets[text.length]).toBe(original.length);
  });
});
