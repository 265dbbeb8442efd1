import type { Language } from '@/lib/content/schema';
import type { Excerpt } from '@/lib/search/highlight';
import { segment } from '@/lib/segments';
import { displayPunctuation } from '@/lib/text/display-punctuation';

/**
 * A result's excerpt with the matched words in <mark> elements: text and elements only, never HTML. Chinese is shown
 * with Chinese punctuation, as on reading pages (one character for one, so the marks stay where they were).
 */
export function MarkedExcerpt({ excerpt, language }: { excerpt: Excerpt; language: Language }) {
  const text = language === 'zh' ? displayPunctuation(excerpt.text) : excerpt.text;
  const parts = segment(
    text,
    excerpt.ranges.map((range) => ({ ...range, kind: 'match' as const })),
  );
  return (
    <>
      {excerpt.before && '… '}
      {parts.map((part, i) =>
        part.kinds.length > 0 ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
      {excerpt.after && ' …'}
    </>
  );
}
