import { FollowLink } from './FollowLink';
import type { Shown, UrlState } from './state';
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

/**
 * Everything said besides the results: failures, cut queries, unknown filters, and what to try when nothing matched.
 */
// eslint-disable-next-line max-lines-per-function -- split by the search-page issue
export function SearchMessage({
  shown,
  current,
  onFollow,
  onRetry,
}: {
  shown: Shown;
  current: UrlState;
  onFollow: (next: UrlState) => void;
  onRetry: () => void;
}) {
  const { t } = useSearch();
  if (shown.state === 'failed') {
    return (
      <div className={boxClass}>
        <p>{t.failedLong}</p>
        <button type="button" onClick={onRetry} className="mt-2 rounded bg-accent px-4 py-1.5 text-accent-ink">
          {t.retry}
        </button>
      </div>
    );
  }
  if (shown.state !== 'done') return null;
  const { query, total, partialTotal, spelling, unknownFilters } = shown.response;
  const unknown = unknownFilters.map(({ filter, value }) => (
    <p key={filter} role="note" className="mb-4 max-w-[70ch] text-sm wrap-anywhere">
      {t.unknownFilter(filter, value)}{' '}
      <FollowLink to={{ ...current, [filter]: '' }} onFollow={onFollow} className={linkClass}>
        {t.removeFilter}
      </FollowLink>
      .
    </p>
  ));
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
  if (total + partialTotal > 0) {
    return (
      <>
        {unknown}
        {shortened}
      </>
    );
  }
  const filtered = Boolean(current.principle || current.source || current.lang);
  return (
    <>
      {unknown}
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
          {spelling && (
            <li>
              {t.didYouMean}{' '}
              <FollowLink to={{ ...current, q: spelling }} onFollow={onFollow} className={linkClass}>
                <bdi>{spelling}</bdi>
              </FollowLink>
              ?
            </li>
          )}
          <li>{t.tip}</li>
        </ul>
      </section>
    </>
  );
}
