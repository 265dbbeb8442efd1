import type { ReactNode } from 'react';
import type { Author } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { formatDate, messages, type Messages } from '@/lib/i18n/messages';
import { punctuation } from '@/lib/i18n/punctuation';
import type { SourceRef } from '@/lib/content/refs';

function authorNote(authors: readonly Author[] | undefined, t: Messages['provenance']): string | undefined {
  const [first] = authors ?? [];
  if (!first) return undefined;
  if ('penName' in first) return t.penName(first.romanised);
  if ('organisation' in first) return t.organisation;
  return undefined;
}

/**
 * What the text itself states about where it comes from, and plainly what it does not: a reader checking a quote sees
 * at once that a date or an author is missing, not guessed.
 */
// eslint-disable-next-line max-lines-per-function -- split by the take-aways issue
export function Provenance({ source, locale }: { source: SourceRef; locale: Locale }) {
  const t = messages(locale);
  const p = t.provenance;
  const note = authorNote(source.authors, p);
  const rows: { label: string; value?: ReactNode; missing?: string }[] = [
    { label: p.publisher, value: source.publisher, missing: p.notStated.publisher },
    {
      label: p.author,
      value: source.author && (
        <>
          {source.author}
          {note && <span className="text-muted"> ({note})</span>}
        </>
      ),
      missing: p.notStated.author,
    },
    {
      label: p.date,
      value: source.date && (
        <>
          <time dateTime={source.date}>{formatDate(source.date, locale)}</time>
          {source.pageDate && (
            <span>
              {punctuation(locale).semicolon}
              {p.pageDated} <time dateTime={source.pageDate}>{formatDate(source.pageDate, locale)}</time>
            </span>
          )}
        </>
      ),
      missing: p.notStated.date,
    },
    {
      label: p.address,
      value: source.url && (
        <a href={source.url} rel="noopener noreferrer" className="break-all">
          {source.url}
        </a>
      ),
      missing: p.notStated.address,
    },
    { label: p.kind, value: source.kind && t.kinds[source.kind], missing: p.notStated.kind },
    { label: p.language, value: t.languages[source.language] },
    ...(source.titleEn ? [{ label: p.englishTitle, value: <span lang="en">{source.titleEn}</span> }] : []),
  ];
  return (
    <section aria-labelledby="provenance-heading" className="mt-4 text-sm">
      <h2 id="provenance-heading" className="sr-only">
        {p.heading}
      </h2>
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-0.5">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="text-muted">{row.label}</dt>
            <dd>{row.value ?? <span className="italic text-muted">{row.missing}</span>}</dd>
          </div>
        ))}
      </dl>
      {source.titleSupplied && <p className="mt-2 text-muted">{p.titleSupplied}</p>}
    </section>
  );
}
