import type { ReactNode } from 'react';
import { rightsOf } from '@/lib/content/rights';
import type { Author } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { formatDate, messages, type Messages } from '@/lib/i18n/messages';
import { punctuation } from '@/lib/i18n/punctuation';
import type { SourceRef } from '@/lib/content/refs';

interface Row {
  label: string;
  value?: ReactNode;
  missing?: string;
}

function authorNote(authors: readonly Author[] | undefined, t: Messages['provenance']): string | undefined {
  const [first] = authors ?? [];
  if (!first) return undefined;
  if ('penName' in first) return t.penName(first.romanised);
  if ('organisation' in first) return t.organisation;
  return undefined;
}

function authorValue(source: SourceRef, t: Messages['provenance']): ReactNode {
  const note = authorNote(source.authors, t);
  return (
    source.author && (
      <>
        {source.author}
        {note && <span className="text-muted"> ({note})</span>}
      </>
    )
  );
}

function dateValue(source: SourceRef, locale: Locale): ReactNode {
  const p = messages(locale).provenance;
  return (
    source.date && (
      <>
        <time dateTime={source.date}>{formatDate(source.date, locale)}</time>
        {source.pageDate && (
          <span>
            {punctuation(locale).semicolon}
            {p.pageDated} <time dateTime={source.pageDate}>{formatDate(source.pageDate, locale)}</time>
          </span>
        )}
      </>
    )
  );
}

/** The rights holder as collected: the page's own statement, else its publisher; "not stated" otherwise. */
function rightsValue(source: SourceRef, t: Messages['takeAway']): ReactNode {
  const rights = rightsOf(source);
  if (!rights) return undefined;
  return rights.statement ? t.rightsStated(rights.statement) : t.rightsPublisher(rights.holder);
}

function rowsOf(source: SourceRef, locale: Locale): Row[] {
  const t = messages(locale);
  const p = t.provenance;
  return [
    { label: p.publisher, value: source.publisher, missing: p.notStated.publisher },
    { label: p.author, value: authorValue(source, p), missing: p.notStated.author },
    { label: p.date, value: dateValue(source, locale), missing: p.notStated.date },
    {
      label: p.address,
      value: source.url && (
        <a href={source.url} rel="noopener noreferrer" className="break-all">
          {source.url}
        </a>
      ),
      missing: p.notStated.address,
    },
    { label: t.takeAway.rights, value: rightsValue(source, t.takeAway), missing: t.takeAway.rightsUnknown },
    { label: p.kind, value: source.kind && t.kinds[source.kind], missing: p.notStated.kind },
    { label: p.language, value: t.languages[source.language] },
    ...(source.titleEn ? [{ label: p.englishTitle, value: <span lang="en">{source.titleEn}</span> }] : []),
  ];
}

/**
 * What the text itself states about where it comes from, and plainly what it does not: a reader checking a quote sees
 * at once that a date or an author is missing, not guessed.
 */
export function Provenance({ source, locale }: { source: SourceRef; locale: Locale }) {
  const p = messages(locale).provenance;
  return (
    <section aria-labelledby="provenance-heading" className="mt-4 text-sm">
      <h2 id="provenance-heading" className="sr-only">
        {p.heading}
      </h2>
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-0.5">
        {rowsOf(source, locale).map((row) => (
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
