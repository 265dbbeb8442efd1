import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import type { WorkSummary } from '@/lib/pages/view';
import { sourceUrl } from '@/lib/urls';
import { SourceByline } from './SourceByline';
import { sourceName } from '@/lib/i18n/messages';
import { CommentaryOn, SourceLink } from './SourceLink';

/** The works, one card each: the original with its other languages, and what a commentary comments on. */
export function WorkList({
  works,
  locale,
  headingLevel = 3,
}: {
  works: WorkSummary[];
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const t = messages(locale);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="divide-y divide-line rounded border border-line bg-surface">
      {works.map((work) => (
        <li key={work.id} className="p-4">
          <Heading className="font-serif text-base font-semibold" lang={work.original.language}>
            <a href={sourceUrl(work.original.slug, locale)}>{sourceName(work.original, locale)}</a>
          </Heading>
          <SourceByline source={work.original} locale={locale} />
          <CommentaryOn work={work} locale={locale} className="text-sm" />
          {work.versions.slice(1).map((version) => (
            <p key={version.slug} className="text-sm">
              {t.texts.alsoIn(t.languages[version.language])} <SourceLink source={version} locale={locale} />
            </p>
          ))}
          <p className="text-sm text-muted">{t.texts.counts(work.passages, work.stating)}</p>
        </li>
      ))}
    </ul>
  );
}
