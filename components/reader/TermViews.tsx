import type { Language } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import type { TermUse } from '@/lib/pages/terms';
import { segment } from '@/lib/segments';
import { displayPunctuation } from '@/lib/text/display-punctuation';
import type { Span } from '@/lib/text/match';
import { sourceName } from '@/lib/i18n/messages';
import { SourceAndLabel } from './SourceAndLabel';

/** A text with a term's words marked; Chinese with full-width punctuation, which keeps every offset. */
export function MarkedSpans({ text, spans, language }: { text: string; spans: Span[]; language: Language }) {
  const shown = language === 'zh' ? displayPunctuation(text) : text;
  return (
    <>
      {segment(
        shown,
        spans.map((span) => ({ ...span, kind: 'term' as const })),
      ).map((part, i) => (part.kinds.length > 0 ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}

/** One passage using a term: its words, marked, and its source and label, linked to the passage in context. */
export function TermUseQuote({ use, locale }: { use: TermUse; locale: Locale }) {
  return (
    <figure className="border-l-4 border-line py-1 pl-4">
      <blockquote lang={use.source.language} className="font-serif text-[1.0625rem] leading-[1.7]">
        <MarkedSpans text={use.passage.text} spans={use.spans} language={use.source.language} />
      </blockquote>
      <figcaption className="mt-1 text-sm">
        <a href={use.href} className="inline-block py-0.5">
          <SourceAndLabel
            name={sourceName(use.source, locale, true)}
            language={use.source.language}
            label={use.passage.label}
            locale={locale}
          />
        </a>
      </figcaption>
    </figure>
  );
}
