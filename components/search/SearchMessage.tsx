import { MAX_QUERY_LENGTH, MAX_QUERY_TOKENS } from '@/lib/search/query';
import { FollowLink } from './FollowLink';
import type { Shown, UrlState } from './SearchApp';

/** A query as echoed back: a pasted page is not read out in full. */
function echo(text: string): string {
  const characters = Array.from(text);
  return characters.length > 60 ? `${characters.slice(0, 60).join('')}…` : text;
}

/** What the live region announces: the result count, or why there is none. */
export function statusText(shown: Shown): string {
  if (shown.state === 'idle') return '';
  if (shown.state === 'loading') return 'Searching…';
  if (shown.state === 'failed') return 'Search could not load.';
  const { query, total } = shown.response;
  const asked = query.text ? ` “${echo(query.text)}”` : ' the filters';
  if (query.notice === 'no-words') return `Nothing to search for in “${echo(query.text)}”.`;
  if (total === 0) return `No passage matches${asked}.`;
  return `${total} ${total === 1 ? 'passage matches' : 'passages match'}${asked}.`;
}

const linkClass = 'underline';

/** Everything said besides the results: failures, cut queries, and what to try when nothing matched. */
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
  if (shown.state === 'failed') {
    return (
      <div className="mb-6 max-w-[70ch] rounded border border-line bg-surface p-4">
        <p>The search index could not be loaded. Check your connection, then try again.</p>
        <button type="button" onClick={onRetry} className="mt-2 rounded bg-accent px-4 py-1.5 text-accent-ink">
          Try again
        </button>
      </div>
    );
  }
  if (shown.state !== 'done') return null;
  const { query, total, spelling, otherLanguage } = shown.response;
  if (query.notice === 'no-words') {
    return (
      <p className="mb-6 max-w-[70ch] wrap-anywhere">
        <q>
          <bdi>{echo(query.text)}</bdi>
        </q>{' '}
        has no letters, numbers or Chinese characters to look for. Try words, or a phrase in &quot;double quotes&quot;.
      </p>
    );
  }
  const shortened = query.notice === 'shortened' && (
    <p className="mb-4 max-w-[70ch] text-sm text-muted">
      That search was long: only its first {MAX_QUERY_LENGTH} characters, at most {MAX_QUERY_TOKENS} words, were used.
    </p>
  );
  if (total > 0) return shortened || null;

  const filtered = Boolean(current.principle || current.source || current.lang);
  return (
    <section aria-labelledby="no-results" className="mb-6 max-w-[70ch] rounded border border-line bg-surface p-4">
      {shortened}
      <h2 id="no-results" className="font-serif text-xl font-semibold wrap-anywhere">
        No passage matches{' '}
        {query.text ? (
          <q>
            <bdi>{echo(query.text)}</bdi>
          </q>
        ) : (
          'these filters'
        )}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {filtered && query.text && (
          <li>
            Search{' '}
            <FollowLink to={{ q: current.q, principle: '', source: '', lang: '' }} onFollow={onFollow} className={linkClass}>
              all sources, without the filters
            </FollowLink>
            .
          </li>
        )}
        {spelling && (
          <li>
            Did you mean{' '}
            <FollowLink to={{ ...current, q: spelling }} onFollow={onFollow} className={linkClass}>
              <bdi>{spelling}</bdi>
            </FollowLink>
            ?
          </li>
        )}
        {otherLanguage.map(({ principle, language, languageName, terms }) => (
          <li key={principle.id}>
            {principle.title} in {languageName}:{' '}
            {terms.map((term, i) => (
              <span key={term}>
                {i > 0 && ', '}
                <FollowLink to={{ ...current, q: term, lang: '' }} onFollow={onFollow} lang={language} className={linkClass}>
                  {term}
                </FollowLink>
              </span>
            ))}
          </li>
        ))}
        <li>Fewer words, or no quotes, match more: words are found in any order, and the last one as the start of a word.</li>
      </ul>
    </section>
  );
}
