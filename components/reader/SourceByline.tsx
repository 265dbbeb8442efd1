import type { SourceRef } from '@/lib/pages/view';

const LANGUAGE_NAMES = { en: 'English', zh: 'Chinese' } as const;

/** What is known of a source, and nothing more: publisher, author, date, kind, language. */
export function SourceByline({ source, className = '' }: { source: SourceRef; className?: string }) {
  const parts = [
    source.publisher && <span key="publisher">{source.publisher}</span>,
    source.author && <span key="author">{source.author}</span>,
    source.date && (
      <time key="date" dateTime={source.date}>
        {source.date}
      </time>
    ),
    source.kind && <span key="kind">{source.kind}</span>,
    <span key="language">{LANGUAGE_NAMES[source.language]}</span>,
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
