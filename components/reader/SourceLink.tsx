import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import type { SourceRef } from '@/lib/pages/view';
import { sourceUrl } from '@/lib/urls';

import { displayName, type NamedSource } from './source-name';

export { sourceTitle } from './source-name';

/** A source's name in the interface's language (source-name.ts). */
export function sourceName(source: NamedSource, locale: Locale, short = false): string {
  return displayName(source, messages(locale).source.commentary, short);
}

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
