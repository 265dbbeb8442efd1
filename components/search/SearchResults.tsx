import { startTransition, useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Reason, ResultItem, ResultPassage } from '@/lib/search/client';
import { PrincipleChips } from '@/components/reader/PrincipleChips';
import { displayName } from '@/lib/i18n/source-name';
import { formatDate } from '@/lib/i18n/dates';
import { HTML_LANG } from '@/lib/i18n/locales';
import { MarkedExcerpt } from './MarkedExcerpt';
import { keptScroll } from './search-state';
import { useSearch } from './strings';

/** Results drawn first, more than a phone's screen holds; the rest follow in a later task. */
export const FIRST_SCREEN = 5;

/**
 * How many of `count` results to draw: arriving results draw the first screen, then the rest after the browser has
 * painted it, as a transition (React renders it in slices), so that no one task draws them all. A page loaded anew on
 * Back draws all at once: the place it restores may be below the first screen.
 */
function useFirstScreenFirst(count: number): number {
  const [all, setAll] = useState(() => keptScroll() > 0);
  useEffect(() => {
    if (all) return;
    const timer = setTimeout(() => startTransition(() => setAll(true)));
    return () => clearTimeout(timer);
  }, [all]);
  return all ? count : Math.min(count, FIRST_SCREEN);
}

/**
 * The results, best first. Each passage's heading (its source and label) and excerpt link to it in its source, with
 * the matched words marked; an original paragraph and its translation are one result, both shown; a line says why
 * each matched. Arrow keys move between results, Escape returns
 * to the search box, Enter opens.
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
  const { t } = useSearch();
  const drawn = useFirstScreenFirst(items.length);
  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const links = Array.from(listRef.current?.querySelectorAll<HTMLElement>('[data-result-link]') ?? []);
    const at = links.indexOf(document.activeElement as HTMLElement);
    const next = {
      ArrowDown: Math.min(at + 1, links.length - 1),
      ArrowUp: at - 1,
      Home: 0,
      End: links.length - 1,
      Escape: -1,
    }[event.key];
    if (at === -1 || next === undefined) return;
    event.preventDefault();
    (next === -1 ? inputRef.current : links[next])?.focus();
  }

  return (
    <>
      <h2 className="sr-only">{t.results}</h2>
      {/* Keys are handled on the list so that arrows work from whichever result link has focus. */}
      <ol ref={listRef} onKeyDown={onKeyDown} className="space-y-3">
        {items.slice(0, drawn).map((item) => (
          <li key={item.key}>
            <Result item={item} />
          </li>
        ))}
      </ol>
    </>
  );
}

function Result({ item }: { item: ResultItem }) {
  const { t, locale } = useSearch();
  return (
    <article className="rounded border border-line bg-surface p-4">
      {(item.statesPrinciple || item.partial) && (
        <p className="mb-1 text-xs font-semibold uppercase tracking-wider text-muted">
          {item.statesPrinciple ? t.statesPrinciple : t.partialBadge}
        </p>
      )}
      <div className="space-y-3">
        {item.passages.map((passage, i) => (
          <Passage key={passage.passageId + passage.source.slug} passage={passage} translation={i > 0} />
        ))}
      </div>
      <WhyLine reasons={item.why} />
      {item.principles.length > 0 && (
        <div className="mt-2">
          <PrincipleChips principles={item.principles} locale={locale} label={t.principlesStated} />
        </div>
      )}
    </article>
  );
}

/**
 * One passage: its source and label, then its excerpt; both go to the passage with the matched words marked. Only the
 * heading's link is in the tab order (and read out), so a keyboard or a screen reader meets each result once.
 */
function Passage({ passage, translation }: { passage: ResultPassage; translation: boolean }) {
  const { t, locale } = useSearch();
  const { source, excerpt } = passage;
  return (
    <div className={translation ? 'border-l-2 border-line pl-3' : undefined}>
      <h3 className="text-sm text-muted">
        {translation && <span>{t.translationOf} · </span>}
        <a href={passage.href} data-result-link lang={source.language} className="font-semibold text-accent underline">
          {displayName(source, t.commentary)}
          {passage.label && (
            <span lang={HTML_LANG[locale]}>
              {t.labelJoin}
              {/* One line: at 320 px "第5段" otherwise leaves "段" alone on the next. */}
              <span className="whitespace-nowrap">{passage.label}</span>
            </span>
          )}
        </a>
        <SourceFacts source={source} />
      </h3>
      <a
        href={passage.href}
        data-result-snippet
        tabIndex={-1}
        aria-hidden="true"
        lang={source.language}
        className="mt-1 block font-serif text-[1.0625rem] leading-[1.7] text-ink no-underline hover:underline"
      >
        <MarkedExcerpt excerpt={excerpt} language={source.language} />
      </a>
    </div>
  );
}

function SourceFacts({ source }: { source: ResultPassage['source'] }) {
  const { t, locale } = useSearch();
  return (
    <>
      {source.publisher && <span> · {source.publisher}</span>}
      {source.date && (
        <span>
          {' · '}
          <time dateTime={source.date}>{formatDate(source.date, locale)}</time>
        </span>
      )}
      <span> · {t.languages[source.language] ?? source.language}</span>
    </>
  );
}

/** How the result matched, in a few words: "Why: the words as one phrase · another name: UN → 联合国". */
function WhyLine({ reasons }: { reasons: Reason[] }) {
  const { t } = useSearch();
  if (reasons.length === 0) return null;
  const said = reasons.map((reason) => {
    switch (reason.kind) {
      case 'principle':
        return t.reasons.principle(reason.title);
      case 'inflection':
      case 'glossary':
        return t.reasons[reason.kind](reason.typed, reason.found);
      default:
        return t.reasons[reason.kind];
    }
  });
  return (
    <p data-why className="mt-2 text-xs text-muted wrap-anywhere">
      <span className="font-semibold">{t.why}:</span> {said.join(' · ')}
    </p>
  );
}
