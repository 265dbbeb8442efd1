import { describe, expect, it } from 'vitest';
import { citeSource, shortCitation } from '@/lib/citation';
import type { Source } from '@/lib/content/schema';

const full: Source = {
  slug: 'eaf-example',
  title: 'China as rule developer and solution provider in global AI governance',
  titleSupplied: true,
  language: 'en',
  publisher: 'East Asia Forum',
  author: 'Cuihong Cai',
  date: '2024-09-13',
  kind: 'opinion',
  file: 'content/sources/eaf-example.md',
  passages: [{ id: 'p-00000000', kind: 'paragraph', label: { kind: 'paragraph', n: 1 }, text: 'Text.', line: 7, mentions: [] }],
};
const bare: Source = { ...full, slug: 'bare', titleSupplied: false, publisher: undefined, author: undefined, date: undefined };
const permalink = 'https://reader.example/sources/eaf-example/';

describe('citations', () => {
  it('APA, Chicago and BibTeX from stated metadata', () => {
    const citations = citeSource(full, permalink);
    expect(citations.apa).toBe(
      'Cai, C. (2024, September 13). [China as rule developer and solution provider in global AI governance]. East Asia Forum. https://reader.example/sources/eaf-example/',
    );
    expect(citations.chicago).toBe(
      'Cai, Cuihong. “[China as rule developer and solution provider in global AI governance].” East Asia Forum, September 13, 2024. https://reader.example/sources/eaf-example/.',
    );
    expect(citations.bibtex).toContain('@article{eaf_example,');
    expect(citations.bibtex).toContain('  author = {Cai, Cuihong}');
    expect(citations.bibtex).toContain('  year = {2024}');
    expect(citations.bibtex).toContain('  note = {Title supplied by the editors}');
  });

  it('leaves unknown author, date and publisher out instead of guessing', () => {
    const citations = citeSource(bare, permalink);
    expect(citations.apa).toBe('(n.d.). China as rule developer and solution provider in global AI governance. https://reader.example/sources/eaf-example/');
    expect(citations.bibtex).not.toMatch(/author|year|journal/);
    expect(shortCitation(bare)).toBe(bare.title);
  });
});
