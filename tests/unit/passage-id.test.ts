import { describe, expect, it } from 'vitest';
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
