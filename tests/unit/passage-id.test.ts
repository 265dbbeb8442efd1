import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idKey } from '@/lib/content/id-key';
import { passageIds } from '@/lib/content/passage-id';

const paragraphs = [
  'China has launched the Global AI Governance Initiative.',
  'The initiative calls for a testing and assessment system based on AI risk levels.',
  '我们应坚持发展和安全并重的原则。',
  'We support discussions within the United Nations framework.',
];

function idsByText(texts: string[]): Map<string, string> {
  const ids = passageIds(texts);
  return new Map(texts.map((text, i) => [text, ids[i]]));
}

describe('passage ids', () => {
  const original = idsByText(paragraphs);

  it('look like p-<8 hex>', () => {
    for (const id of original.values()) expect(id).toMatch(/^p-[0-9a-f]{8}$/);
  });

  it('do not change when another paragraph is inserted, deleted, moved or edited', () => {
    const edits = [
      ['A new opening paragraph.', ...paragraphs],
      [paragraphs[0], paragraphs[2], paragraphs[3]],
      [...paragraphs].reverse(),
      [paragraphs[0], paragraphs[1] + ' Edited.', paragraphs[2], paragraphs[3]],
    ];
    for (const edited of edits) {
      const after = idsByText(edited);
      for (const [text, id] of after) if (original.has(text)) expect(id).toBe(original.get(text));
    }
  });

  it('ignore differences of whitespace, case and width', () => {
    expect(passageIds(['The  UN\nframework.'])).toEqual(passageIds(['the UN framework.']));
  });

  it('number repeated paragraphs in document order', () => {
    const [first, second, third] = passageIds(['Same words.', 'Other words.', 'Same words.']);
    expect(second).not.toBe(first);
    expect(third).toBe(`${first}-2`);
  });

  it('stay unique over thousands of distinct paragraphs', () => {
    const texts = Array.from({ length: 20000 }, (_, i) => `Paragraph number ${i}.`);
    expect(new Set(passageIds(texts)).size).toBe(texts.length);
  });
});

describe('the frozen id function', () => {
  const ledger: Record<string, Record<string, string>> = JSON.parse(
    readFileSync(path.join(process.cwd(), 'content', 'published-ids.json'), 'utf8'),
  );

  it('recomputes every published id from its text', () => {
    let checked = 0;
    for (const [slug, ids] of Object.entries(ledger)) {
      for (const [id, text] of Object.entries(ids)) {
        // A longer hash (a resolved collision) or a -n suffix (a repeated text) keeps the same hash prefix.
        const hex = /^p-([0-9a-f]+)(?:-\d+)?$/.exec(id)?.[1] ?? '';
        expect(createHash('sha256').update(idKey(text)).digest('hex').startsWith(hex), `${slug}#${id}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(75);
  });

  it('gives the same key as the normaliser ids were first published with, on awkward text', () => {
    const samples = [
      'Non-discrimination — and “open-source” ＡＩ, café, ﬁne\u00a0print',
      '中国强调联合国发挥主渠道作用（第二点）——“以人为本”',
      'tab\there\r\nnew\vline\fform -dash- 2023–2024 x−y',
      '𝐀𝐈 governance 𠀀字 e\u0301 「quote」',
    ];
    for (const text of samples) expect(idKey(text), text).toBe(FIRST_PUBLISHED_KEYS[text]);
  });
});

/** idKey's output for the samples above, as computed by lib/text/normalise.ts's normalise() on 2026-11-22. */
const FIRST_PUBLISHED_KEYS: Record<string, string> = {
  'Non-discrimination — and “open-source” ＡＩ, café, ﬁne print':
    'nondiscrimination and "opensource" ai, cafe, fine print',
  '中国强调联合国发挥主渠道作用（第二点）——“以人为本”': '中国强调联合国发挥主渠道作用(第二点) "以人为本"',
  'tab\there\r\nnew\u000bline\fform -dash- 2023–2024 x−y': 'tab here new\u000bline\fform dash 20232024 xy',
  '𝐀𝐈 governance 𠀀字 é 「quote」': 'ai governance 𠀀字 e "quote"',
};
