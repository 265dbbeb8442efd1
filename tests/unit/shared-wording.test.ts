import { describe, expect, it } from 'vitest';
import { findEchoes } from '@/lib/links/shared-wording';

const quoted =
  'We should uphold the principles of wide participation and consensus-based decision-making, adopt a gradual approach.';

describe('findEchoes', () => {
  it('links the same sentence quoted in two sources, both ways, with the shared words as ranges', () => {
    const a = `All countries should uphold the principles of wide participation and consensus-based decision-making, adopt a gradual approach, and more.`;
    const echoes = findEchoes([
      { key: 'a#1', group: 'a', text: a },
      { key: 'b#1', group: 'b', text: quoted },
      {
        key: 'c#1',
        group: 'c',
        text: 'Something else entirely, about chips and export controls and nothing more at all.',
      },
    ]);
    expect([...echoes.keys()].sort()).toEqual(['a#1', 'b#1']);
    const [fromA] = echoes.get('a#1')!;
    expect(fromA.key).toBe('b#1');
    expect(a.slice(fromA.ranges[0].start, fromA.ranges[0].end)).toBe(
      'should uphold the principles of wide participation and consensus-based decision-making, adopt a gradual approach',
    );
    const [fromB] = echoes.get('b#1')!;
    expect(fromB.key).toBe('a#1');
  });

  it('ignores repeats within one source and runs shorter than eight words', () => {
    const echoes = findEchoes([
      { key: 'a#1', group: 'a', text: quoted },
      { key: 'a#2', group: 'a', text: quoted },
      { key: 'b#1', group: 'b', text: 'the principles of wide participation and consensus' },
    ]);
    expect(echoes.size).toBe(0);
  });

  it('finds shared Chinese wording without spaces', () => {
    const echoes = findEchoes([
      { key: 'zh#1', group: 'zh', text: '中国强调联合国发挥主渠道作用,在广泛参与、协商一致基础上形成国际共识。' },
      { key: 'other#1', group: 'other', text: '文章指出:联合国发挥主渠道作用,在广泛参与、协商一致基础上。' },
    ]);
    expect(echoes.get('zh#1')?.[0].key).toBe('other#1');
  });
});
