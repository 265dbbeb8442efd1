import type { ReactNode } from 'react';
import type { Author } from '@/lib/content/schema';
import type { SourceRef } from '@/lib/pages/view';

const LANGUAGE_NAMES = { en: 'English', zh: 'Chinese' } as const;
const KIND_NAMES = { news: 'news report', opinion: 'opinion', commentary: 'commentary', translation: 'translation', official: 'official text' } as const;

function authorNote(authors: readonly Author[] | undefined): string | undefined {
  const [first] = authors ?? [];
  if (!first) return undefined;
  if ('penName' in first) return first.romanised ? `${first.romanised}, a pen name or column, not a person` : 'a pen name or column, not a person';
  if ('organisation' in first) return 'an organisation';
  return undefined;
}

/**
 * What the text itself states about where it comes from, and plainly what it does not: a reader checking a quote sees
 * at once that a date or an author is missing, not guessed.
 */
export function Provenance({ source }: { source: SourceRef }) {
  const note = authorNote(source.authors);
  const rows: { label: string; value?: ReactNode; missing: string }[] = [
    { label: 'Publisher', value: source.publisher, missing: 'publisher not stated' },
    {
      label: 'Author',
      value: source.author && (
        <>
          {source.author}
          {note && <span className="text-muted"> ({note})</span>}
        </>
      ),
      missing: 'author not stated',
    },
    {
      label: 'Date',
      value: source.date && (
        <>
          <time dateTime={source.date}>{source.date}</time>
          {source.pageDate && (
            <span>
              ; the page at its address is dated <time dateTime={source.pageDate}>{source.pageDate}</time>
            </span>
          )}
        </>
      ),
      missing: 'date not stated',
    },
    {
      label: 'Address',
      value: source.url && (
        <a href={source.url} rel="noopener noreferrer" className="break-all">
          {source.url}
        </a>
      ),
      missing: 'address not stated',
    },
    { label: 'Kind', value: source.kind && KIND_NAMES[source.kind], missing: 'kind not stated' },
    { label: 'Language', value: LANGUAGE_NAMES[source.language], missing: '' },
    ...(source.titleEn ? [{ label: 'English title', value: source.titleEn, missing: '' }] : []),
  ];
  return (
    <section aria-labelledby="provenance-heading" className="mt-4 text-sm">
      <h2 id="provenance-heading" className="sr-only">
        Provenance
      </h2>
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-0.5">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="text-muted">{row.label}</dt>
            <dd>{row.value ?? <span className="italic text-muted">{row.missing}</span>}</dd>
          </div>
        ))}
      </dl>
      {source.titleSupplied && <p className="mt-2 text-muted">The collected text has no headline; the editors supplied this title from its words.</p>}
    </section>
  );
}
