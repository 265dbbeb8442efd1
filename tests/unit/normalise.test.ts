import { describe, expect, it } from 'vitest';
import { normalise, normaliseWithOffsets } from '@/lib/text/normalise';

describe('normalise', () => {
  it('folds case, width, diacritics and quotes', () => {
    expect(normalise('ＵＮ Framework')).toBe('un framework');
    expect(normalise('Café “AI” — l’été')).toBe('cafe "ai" l\'ete');
    expect(normalise('（联合国）')).toBe('(联合国)');
  });

  it('keeps a hyphen or dash inside a word as a joiner, and makes it a space elsewhere', () => {
    expect(normalise('Non‐Discrimination')).toBe('non-discrimination');
    expect(normalise('2023–2024')).toBe('2023-2024');
    expect(normalise('AI — and - more')).toBe('ai and more');
  });

  it('folds Traditional characters to Simplified when given the fold', () => {
    const fold = new Map([
      ['聯', '联'],
      ['國', '国'],
    ]);
    expect(normalise('聯合國', fold)).toBe('联合国');
    expect(normalise('聯合國')).toBe('聯合國');
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
    expect(text.startsWith('non-discrimination,')).toBe(true);
    expect(offsets[text.length]).toBe(original.length);
  });
});
