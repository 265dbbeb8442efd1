import type { Excerpt } from '@/lib/search/highlight';
import { segment } from '@/lib/segments';

/** A result's excerpt with the matched words in <mark> elements: text and elements only, never HTML. */
export function MarkedExcerpt({ excerpt }: { excerpt: Excerpt }) {
  const parts = segment(excerpt.text, excerpt.ranges.map((range) => ({ ...range, kind: 'match' as const })));
  return (
    <>
      {excerpt.before && '… '}
      {parts.map((part, i) => (part.kinds.length > 0 ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
      {excerpt.after && ' …'}
    </>
  );
}
