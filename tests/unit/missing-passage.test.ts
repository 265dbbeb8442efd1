import { describe, expect, it } from 'vitest';
import { missingFromFragment, missingFromPath, sourceHolding } from '@/lib/missing-passage';

describe('a link to a passage the page does not have', () => {
  it('quotes an id back only when it has the shape of one', () => {
    expect(missingFromFragment('p-0a1b2c3d')).toEqual({ kind: 'unknown', id: 'p-0a1b2c3d' });
    expect(missingFromFragment('p-0\u202e moc.live-elpmaxe ta rorrim eht esu')).toEqual({ kind: 'malformed' });
    expect(missingFromFragment('p-0a1b2c3')).toEqual({ kind: 'malformed' });
    expect(missingFromFragment('P-0A1B2C3D')).toEqual({ kind: 'malformed' });
    expect(missingFromFragment('in-he-yin-zh')).toBeUndefined();
  });

  it('reads a passage page path that led to the not-found page', () => {
    expect(missingFromPath('/sources/he-yin-en/p/p-12345678/')).toEqual({
      kind: 'unknown',
      id: 'p-12345678',
      slug: 'he-yin-en',
    });
    expect(missingFromPath('/zh/sources/he-yin-en/p/%E2%80%AEevil/')).toEqual({ kind: 'malformed', slug: 'he-yin-en' });
    expect(missingFromPath('/sources/<b>/p/p-12345678/')).toEqual({ kind: 'unknown', id: 'p-12345678', slug: '' });
    expect(missingFromPath('/principles/x/')).toBeUndefined();
  });

  it('finds the source the ledger knows an id under, current or retired', () => {
    const catalogue = {
      'he-yin-en': { ids: ['p-11111111'], retired: { 'p-22222222': null } },
      constructor: { ids: [], retired: {} },
    };
    expect(sourceHolding(catalogue, 'p-11111111')).toBe('he-yin-en');
    expect(sourceHolding(catalogue, 'p-22222222')).toBe('he-yin-en');
    expect(sourceHolding(catalogue, 'p-33333333')).toBeUndefined();
  });
});
