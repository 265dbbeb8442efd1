import type { ReactNode } from 'react';
import type { Language, Passage } from '@/lib/content/schema';
import { displayPunctuation } from '@/lib/text/display-punctuation';
import type { TextRange } from '@/lib/links/shared-wording';
import { segment, type MarkedRange } from '@/lib/segments';

type MarkKind = 'term' | 'shared' | `link-${number}` | `gloss-${number}`;

/**
 * A passage's text with the evidence marked: the words that made the tagger link a principle (dotted underline) and
 * the words it shares with another source (tinted); links in the text are sanitised anchors. Chinese text is shown
 * with full-width punctuation (display-punctuation.ts), which keeps every offset. Built from text and elements only,
 * never from HTML strings.
 */
export function MarkedText({
  passage,
  shared = [],
  principle,
  language,
  terms = [],
}: {
  passage: Passage;
  /** The passage's language: Chinese is shown with full-width punctuation. */
  language: Language;
  shared?: readonly TextRange[];
  /** Mark only this principle's terms (on a principle's own pages); all principles' by default. */
  principle?: string;
  /** Glossary terms: links to their pages, given an href only while "Show why" is on (client/term-links.ts). */
  terms?: readonly { start: number; end: number; href: string }[];
}) {
  const mentions = principle ? passage.mentions.filter((mention) => mention.principle === principle) : passage.mentions;
  const links = passage.links ?? [];
  const ranges: MarkedRange<MarkKind>[] = [
    ...mentions.flatMap((mention) =>
      mention.evidence.by === 'terms'
        ? mention.evidence.matches.map((match) => ({ ...match, kind: 'term' as const }))
        : [],
    ),
    ...shared.map((range) => ({ ...range, kind: 'shared' as const })),
    ...links.map((link, i) => ({ start: link.start, end: link.end, kind: `link-${i}` as const })),
    ...terms.map((term, i) => ({ start: term.start, end: term.end, kind: `gloss-${i}` as const })),
  ];
  return (
    <>
      {segment(language === 'zh' ? displayPunctuation(passage.text) : passage.text, ranges).map((part, i) => {
        let node: ReactNode = part.text;
        if (part.kinds.includes('term')) node = <span className="term">{node}</span>;
        if (part.kinds.includes('shared')) node = <span className="shared">{node}</span>;
        const link = part.kinds.find((kind) => kind.startsWith('link-'));
        const gloss = part.kinds.find((kind) => kind.startsWith('gloss-'));
        // A link in the text wins: links cannot nest.
        if (gloss && !link)
          node = (
            <span className="gloss" data-term-href={terms[Number(gloss.slice('gloss-'.length))].href}>
              {node}
            </span>
          );
        if (link) {
          const href = links[Number(link.slice('link-'.length))].href;
          node = (
            <a href={href} rel="noopener noreferrer">
              {node}
            </a>
          );
        }
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}
