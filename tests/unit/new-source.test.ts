import { mkdirSync, mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { detectLanguage, draftSource } from '@/lib/content/new-source';

describe('new-source drafts', () => {
  it('takes the title from the first line, detects the language and keeps every paragraph', () => {
    const draft = draftSource(
      'Looking at the Initiative\n\nFirst paragraph.\nstill the first.\n\nSecond paragraph.\n',
      'article.txt',
    );
    expect(draft).toMatchObject({
      slug: 'looking-at-the-initiative',
      language: 'en',
      title: 'Looking at the Initiative',
    });
    expect(draft.markdown).toContain('\nFirst paragraph. still the first.\n\nSecond paragraph.\n');
    expect(draft.todo.join('\n')).toMatch(/publisher, author, date, url and kind/);
  });

  it('detects Chinese and falls back to the file name for the slug', () => {
    expect(detectLanguage('中国强调联合国发挥主渠道作用 (UN)')).toBe('zh');
    const draft = draftSource('人民日报和音\n作为人工智能大国,中国有信心。\n倡议聚焦人工智能。', 'he-yin-2024.txt');
    expect(draft).toMatchObject({ slug: 'he-yin-2024', language: 'zh' });
  });

  it('produces a file the content checks accept as it is', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gaigi-new-source-'));
    cpSync(path.join(process.cwd(), 'tests', 'fixtures', 'content', 'valid', 'content'), path.join(root, 'content'), {
      recursive: true,
    });
    const draft = draftSource('A new article\n\nIt argues for national sovereignty.\n', 'x.txt');
    mkdirSync(path.join(root, 'content', 'sources'), { recursive: true });
    writeFileSync(path.join(root, 'content', 'sources', `${draft.slug}.md`), draft.markdown);
    const corpus = buildCorpus(root);
    const added = corpus.sources.find((source) => source.slug === draft.slug);
    expect(added?.passages.map((passage) => passage.text)).toEqual(['It argues for national sovereignty.']);
    expect(added?.passages[0].mentions.map((mention) => mention.principle)).toEqual(['sovereignty']);
  });
});
