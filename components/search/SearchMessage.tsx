import type { ReactNode } from 'react';
import type { LinkedSuggestion, SearchResponse } from '@/lib/search/client';
import { FollowLink } from './FollowLink';
import type { Shown, UrlState } from './search-state';
import { echo, useSearch, type SearchText } from './strings';

/** What the live region announces: the result count, or why there is none. */
export function statusText(shown: Shown, t: SearchText): string {
  if (shown.state === 'idle') return '';
  if (shown.state === 'loading') return t.searching;
  if (shown.state === 'failed') return t.failed;
  const { query, total, partialTotal, estimated } = shown.response;
  if (query.notice === 'no-words') return t.noWords(query.text);
  const asked = query.text ? t.askedQuery(query.text) : t.askedFilters;
  if (total === 0 && partialTotal > 0) return t.onlyPartial(partialTotal, estimated, asked);
  if (total === 0) return t.none(asked);
  return t.found(total, estimated, asked) + (partialTotal > 0 ? t.alsoPartial(partialTotal, estimated) : '');
}

const linkClass = 'underline';
const boxClass = 'mb-6 max-w-[70ch] rounded border border-line bg-surface p-4';

interface MessageProps {
  shown: Shown;
  current: UrlState;
  onFollow: (next: UrlState) => void;
  onRetry: () => void;
}

/**
 * Everything said besides the results: failures, cut queries, unknown filters, and what to try when nothing matched.
 */
export function SearchMessage({ shown, current, onFollow, onRetry }: MessageProps) {
  const { t } = useSearch();
  if (shown.state === 'failed') return <FailedMessage onRetry={onRetry} />;
  if (shown.state !== 'done') return null;
  const { response } = shown;
  const { query, total, partialTotal } = response;
  const unknown = <UnknownFilters response={response} current={current} onFollow={onFollow} />;
  if (query.notice === 'no-words') {
    return (
      <>
        {unknown}
        <p className="mb-6 max-w-[70ch] wrap-anywhere">
          <q>
            <bdi>{echo(query.text)}</bdi>
          </q>{' '}
          {t.noWordsLong}
        </p>
      </>
    );
  }
  const shortened = query.notice === 'shortened' && (
    <p className="mb-4 max-w-[70ch] text-sm text-muted">{t.shortened}</p>
  );
  return (
    <>
      {unknown}
      {total + partialTotal > 0 ? (
        shortened
      ) : (
        <NoResults response={response} current={current} onFollow={onFollow} shortened={shortened} />
      )}
    </>
  );
}

function FailedMessage({ onRetry }: { onRetry: () => void }) {
  const { t } = useSearch();
  return (
    <div className={boxClass}>
      <p>{t.failedLong}</p>
      <button type="button" onClick={onRetry} className="mt-2 rounded bg-accent px-4 py-1.5 text-accent-ink">
        {t.retry}
      </button>
    </div>
  );
}

interface ResponseProps {
  response: SearchResponse;
  current: UrlState;
  onFollow: (next: UrlState) => void;
}

function UnknownFilters({ response, current, onFollow }: ResponseProps) {
  const { t } = useSearch();
  return response.unknownFilters.map(({ filter, value }) => (
    <p key={filter} role="note" className="mb-4 max-w-[70ch] text-sm wrap-anywhere">
      {t.unknownFilter(filter, value)}{' '}
      <FollowLink to={{ ...current, [filter]: '' }} onFollow={onFollow} className={linkClass}>
        {t.removeFilter}
      </FollowLink>
      .
    </p>
  ));
}

function NoResults({ response, current, onFollow, shortened }: ResponseProps & { shortened: ReactNode }) {
  const { t } = useSearch();
  const { query, suggestions } = response;
  const spelling = suggestions.find((suggestion) => suggestion.kind === 'spelling');
  const filtered = Boolean(current.principle || current.source || current.lang);
  return (
    <section aria-labelledby="no-results" className={boxClass}>
      {shortened}
      <h2 id="no-results" className="font-serif text-xl font-semibold wrap-anywhere">
        {t.noResultsHeading}{' '}
        {query.text ? (
          <q>
            <bdi>{echo(query.text)}</bdi>
          </q>
        ) : (
          t.theseFilters
        )}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {filtered && query.text && (
          <li>
            {t.searchPrefix}{' '}
            <FollowLink
              to={{ q: current.q, principle: '', source: '', lang: '' }}
              onFollow={onFollow}
              className={linkClass}
            >
              {t.withoutFilters}
            </FollowLink>
            .
          </li>
        )}
        {spelling?.kind === 'spelling' && (
          <li>
            {t.didYouMean}{' '}
            <FollowLink to={{ ...current, q: spelling.q }} onFollow={onFollow} className={linkClass}>
              <bdi>{spelling.q}</bdi>
            </FollowLink>
            ?
          </li>
        )}
        <li>{t.tip}</li>
      </ul>
    </section>
  );
}

/** The principle the query names, offered first: its page lists every passage stating it, source by source. */
export function PrincipleSuggestion({ suggestions }: { suggestions: LinkedSuggestion[] }) {
  const { t } = useSearch();
  const principle = suggestions.find((suggestion) => suggestion.kind === 'principle');
  if (principle?.kind !== 'principle') return null;
  return (
    <p data-principle-suggestion className="mb-4 max-w-[70ch] rounded border border-line bg-surface px-4 py-3">
      <span className="text-xs font-semibold uppercase tracking-wider text-muted">{t.principleSuggestion}</span>{' '}
      <a href={principle.href} className="font-semibold underline">
        {principle.title}
      </a>
      <span className="text-sm text-muted"> · {t.principleSuggestionMore}</span>
    </p>
  );
}
