import type { Locale } from '@/lib/i18n/locales';
import { messages, sourceName } from '@/lib/i18n/messages';
import type { NamedSource } from '@/lib/i18n/source-name';
import type { SourceRef } from '@/lib/content/refs';
import { sourceUrl } from '@/lib/urls';

/** A link to a source's page under its name, marked with the source's language. */
export function SourceLink({
  source,
  locale,
  short = false,
}: {
  source: NamedSource & Pick<SourceRef, 'slug'>;
  locale: Locale;
  short?: boolean;
}) {
  return (
    <a href={sourceUrl(source.slug, locale)} lang={source.language}>
      {sourceName(source, locale, short)}
    </a>
  );
}

/** "Commentary on <work>", where a work comments on another. */
export function CommentaryOn({
  work,
  locale,
  className,
}: {
  work: { commentaryOn?: SourceRef };
  locale: Locale;
  className?: string;
}) {
  if (!work.commentaryOn) return null;
  return (
    <p className={className}>
      {messages(locale).texts.commentaryOn} <SourceLink source={work.commentaryOn} locale={locale} />
    </p>
  );
}
