import type { Passage } from '@/lib/content/schema';
import type { TextRange } from '@/lib/links/shared-wording';
import { segment, type MarkedRange } from '@/lib/segments';

type MarkKind = 'term' | 'shared';

/**
 * A passage's text with the evidence marked: the words that made the tagger link a principle (dotted underline) and
 * the words it shares with another source (tinted). Built from text and elements only.
 */
export function MarkedText({
  passage,
  shared = [],
  principle,
}: {
  passage: Passage;
  shared?: readonly TextRange[];
  /** Mark only this principle's terms (on a principle's own pages); all principles' by default. */
  principle?: string;
}) {
  const mentions = principle ? passage.mentions.filter((mention) => mention.principle === principle) : passage.mentions;
  const ranges: MarkedRange<MarkKind>[] = [
    ...mentions.flatMap((mention) =>
      mention.evidence.by === 'terms' ? mention.evidence.matches.map((match) => ({ ...match, kind: 'term' as const })) : [],
    ),
    ...shared.map((range) => ({ ...range, kind: 'shared' as const })),
  ];
  return (
    <>
      {segment(passage.text, ranges).map((part, i) => {
        let node: React.ReactNode = part.text;
        if (part.kinds.includes('term')) node = <span className="term">{node}</span>;
        if (part.kinds.includes('shared')) node = <span className="shared">{node}</span>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}
