import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { recordIds, retireIds } from '@/lib/content/retired-ids';

const SOURCE = 'content/sources/looking-at-gaigi.md';

/** A copy of the real content/ whose source file an edit can change, and its passage ids by text. */
function buildWith(edit: (markdown: string) => string, publishedIds?: object) {
  const root = mkdtempSync(path.join(tmpdir(), 'gaigi-links-'));
  cpSync(path.join(process.cwd(), 'content'), path.join(root, 'content'), { recursive: true });
  const file = path.join(root, SOURCE);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  // The glossary's evidence names passages these edits change; the tests are about links, not the glossary.
  const glossary = path.join(root, 'content', 'glossary.md');
  writeFileSync(glossary, readFileSync(glossary, 'utf8').replace(/^\s+evidence:.*\n/gm, ''));
  if (publishedIds) writeFileSync(path.join(root, 'content', 'published-ids.json'), JSON.stringify(publishedIds));
  return buildCorpus(root);
}

const original = buildWith((markdown) => markdown);
const originalSource = original.sources.find((source) => source.file === SOURCE)!;
const idsByText = (corpus: typeof original) =>
  new Map(
    corpus.sources.find((source) => source.file === SOURCE)!.passages.map((passage) => [passage.text, passage.id]),
  );

/** Edits a source file block by block: a block is a paragraph with the editor's comments that follow it. */
function editBlocks(markdown: string, edit: (blocks: string[], find: (text: string) => number) => void): string {
  const blocks = markdown.split('\n\n');
  edit(blocks, (text) => blocks.findIndex((block) => block.startsWith(text)));
  return blocks.join('\n\n');
}

describe('passage ids survive edits to other passages', () => {
  const before = idsByText(original);
  const paragraphs = originalSource.passages.map((passage) => passage.text);

  it.each([
    [
      'inserting a paragraph',
      (markdown: string) =>
        editBlocks(markdown, (blocks, find) => blocks.splice(find(paragraphs[2]), 0, 'A new paragraph.')),
    ],
    [
      'deleting a paragraph',
      (markdown: string) => editBlocks(markdown, (blocks, find) => blocks.splice(find(paragraphs[3]), 1)),
    ],
    [
      'editing a paragraph',
      (markdown: string) => markdown.replace(paragraphs[4], `${paragraphs[4]} An added sentence.`),
    ],
    [
      'moving a paragraph',
      (markdown: string) =>
        editBlocks(markdown, (blocks, find) => {
          const [moved] = blocks.splice(find(paragraphs[1]), 1);
          blocks.splice(find(paragraphs[6]) + 1, 0, moved);
        }),
    ],
  ])('%s', (_name, edit) => {
    const after = idsByText(buildWith(edit));
    let unchanged = 0;
    for (const [text, id] of after) {
      if (before.has(text)) {
        expect(id).toBe(before.get(text));
        unchanged++;
      }
    }
    expect(unchanged).toBeGreaterThanOrEqual(paragraphs.length - 1);
  });
});

describe('an edited passage’s old id keeps resolving', () => {
  const published = recordIds({}, original.sources);
  const edited = originalSource.passages[4];

  it('leads to the edited passage', () => {
    const corpus = buildWith(
      (markdown) => markdown.replace(edited.text, edited.text.replace('We should', 'We must')),
      published,
    );
    const source = corpus.sources.find((candidate) => candidate.file === SOURCE)!;
    const retired = retireIds(corpus.publishedIds[source.slug], source.passages);
    const newId = source.passages[4].id;
    expect(newId).not.toBe(edited.id);
    expect(retired).toEqual([{ id: edited.id, to: newId, text: edited.text }]);
  });

  it('is marked gone, with its words kept, when the passage is deleted', () => {
    const corpus = buildWith(
      (markdown) => editBlocks(markdown, (blocks, find) => blocks.splice(find(edited.text), 1)),
      published,
    );
    const source = corpus.sources.find((candidate) => candidate.file === SOURCE)!;
    expect(retireIds(corpus.publishedIds[source.slug], source.passages)).toEqual([
      { id: edited.id, text: edited.text },
    ]);
  });

  it('recording keeps every id ever published', () => {
    const later = recordIds(published, [{ slug: originalSource.slug, passages: [{ id: 'p-0123abcd', text: 'New.' }] }]);
    expect(Object.keys(later[originalSource.slug])).toEqual(expect.arrayContaining([edited.id, 'p-0123abcd']));
  });
});

describe('content/published-ids.json', () => {
  it('maps every published id to a current passage, an edited one, or a notice', () => {
    const corpus = buildCorpus(process.cwd());
    const unmapped: string[] = [];
    let published = 0;
    for (const source of corpus.sources) {
      const ids = new Set(source.passages.map((passage) => passage.id));
      const ledger = corpus.publishedIds[source.slug] ?? {};
      // The committed ledger holds every current passage (the build in CI refuses one that does not).
      expect(source.passages.filter((passage) => !(passage.id in ledger)).map((passage) => passage.id)).toEqual([]);
      const retired = retireIds(ledger, source.passages);
      for (const entry of retired) {
        if (entry.to) expect(ids).toContain(entry.to);
        expect(entry.text.length).toBeGreaterThan(0);
      }
      const retiredIds = new Set(retired.map((entry) => entry.id));
      for (const id of Object.keys(ledger)) {
        published++;
        if (!ids.has(id) && !retiredIds.has(id)) unmapped.push(`${source.slug}#${id}`);
      }
    }
    expect(unmapped).toEqual([]);
    expect(published).toBeGreaterThanOrEqual(corpus.sources.reduce((sum, source) => sum + source.passages.length, 0));
  });
});
