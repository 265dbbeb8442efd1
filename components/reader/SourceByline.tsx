import type { Locale } from '@/lib/i18n/locales';
import { formatDate, messages } from '@/lib/i18n/messages';
import type { SourceRef } from '@/lib/content/refs';

/** What is known of a source, and nothing more: publisher, author, date, kind, language. */
export function SourceByline({
  source,
  locale,
  className = '',
}: {
  source: SourceRef;
  locale: Locale;
  className?: string;
}) {
  const t = messages(locale);
  const parts = [
    source.publisher && <span key="publisher">{source.publisher}</span>,
    source.author && <span key="author">{source.author}</span>,
    source.date && (
      <time key="date" dateTime={source.date}>
        {formatDate(source.date, locale)}
      </time>
    ),
    source.kind && <span key="kind">{t.kinds[source.kind]}</span>,
    <span key="language">{t.languages[source.language]}</span>,
  ].filter(Boolean);
  return (
    <p className={`text-sm text-muted ${className}`}>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          {part}
        </span>
      ))}
    </p>
  );
}
