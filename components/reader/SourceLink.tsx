import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import type { SourceRef } from '@/lib/pages/view';
import { displayPunctuation } from '@/lib/text/display-punctuation';
import { sourceUrl } from '@/lib/urls';

type Named = Pick<SourceRef, 'title' | 'shortTitle' | 'about' | 'language'>;

/**
 * A source's name in lists and links: its title, or its short title where room is scarce. A commentary on another text
 * may carry nearly that text's title (the He Yin commentary does), so its full title says that it is a commentary.
 */
export function sourceName(source: Named, locale: Locale, short = false): string {
  if (short && source.shortTitle) return sourceTitle(source.shortTitle, source.language);
  const title = sourceTitle(source.title, source.language);
  return source.about ? `${title} (${messages(locale).source.commentary})` : title;
}

/** A title as shown: a Chinese one with Chinese punctuation (display-punctuation.ts), as its passages are. */
export function sourceTitle(title: string, language: SourceRef['language']): string {
  return language === 'zh' ? displayPunctuation(title) : title;
}

/** A link to a source's page under its name, marked with the source's language. */
export function SourceLink({ source, locale, short = false }: { source: Named & Pick<SourceRef, 'slug'>; locale: Locale; short?: boolean }) {
  return (
    <a href={sourceUrl(source.slug, locale)} lang={source.language}>
      {sourceName(source, locale, short)}
    </a>
  );
}

/** "Commentary on <work>", where a work comments on another. */
export function CommentaryOn({ work, locale, className }: { work: { commentaryOn?: SourceRef }; locale: Locale; className?: string }) {
  if (!work.commentaryOn) return null;
  return (
    <p className={className}>
      {messages(locale).texts.commentaryOn} <SourceLink source={work.commentaryOn} locale={locale} />
    </p>
  );
}
