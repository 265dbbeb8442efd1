import type { KeyboardEvent, RefObject } from 'react';
import type { ResultItem } from '@/lib/search/client';
import { PrincipleChips } from '@/components/reader/PrincipleChips';
import { segment } from '@/lib/segments';
import { sourceUrl } from '@/lib/urls';

/**
 * The results, best first. Each passage's excerpt is the link to it in its source, with the matched words marked
 * (text and <mark> elements only). Arrow keys move between results, Escape returns to the search box, Enter opens.
 */
export function SearchResults({
  items,
  listRef,
  inputRef,
}: {
  items: ResultItem[];
  listRef: RefObject<HTMLOListElement | null>;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const links = Array.from(listRef.current?.querySelectorAll<HTMLElement>('[data-result-link]') ?? []);
    const at = links.indexOf(document.activeElement as HTMLElement);
    const next = { ArrowDown: Math.min(at + 1, links.length - 1), ArrowUp: at - 1, Home: 0, End: links.length - 1, Escape: -1 }[event.key];
    if (at === -1 || next === undefined) return;
    event.preventDefault();
    (next === -1 ? inputRef.current : links[next])?.focus();
  }

  return (
    <>
      <h2 className="sr-only">Results</h2>
      {/* Keys are handled on the list so that arrows work from whichever result link has focus. */}
      <ol ref={listRef} onKeyDown={onKeyDown} className="space-y-3">
        {items.map((item) => (
          <li key={`${item.source.slug}#${item.passageId}`}>
            <Result item={item} />
          </li>
        ))}
      </ol>
    </>
  );
}

function Result({ item }: { item: ResultItem }) {
  const { source, excerpt, principles } = item;
  const parts = segment(excerpt.text, excerpt.ranges.map((range) => ({ ...range, kind: 'match' as const })));
  return (
    <article className="rounded border border-line bg-surface p-4">
      <h3 className="text-sm text-muted">
        <a href={sourceUrl(source.slug)} lang={source.language} className="font-semibold">
          {source.title}
        </a>
        {source.publisher && <span> · {source.publisher}</span>}
        {source.date && (
          <span>
            {' · '}
            <time dateTime={source.date}>{source.date}</time>
          </span>
        )}
        <span> · {item.languageName}</span>
      </h3>
      <a
        href={item.href}
        data-result-link
        lang={source.language}
        className="mt-1 block font-serif text-[1.0625rem] leading-[1.7] text-ink no-underline hover:underline"
      >
        {excerpt.before && '… '}
        {parts.map((part, i) => (part.kinds.length > 0 ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
        {excerpt.after && ' …'}
      </a>
      {principles.length > 0 && (
        <div className="mt-2">
          <PrincipleChips principles={principles} locale="en" label="Principles stated" />
        </div>
      )}
    </article>
  );
}
