import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import type { SourceRef } from '@/lib/content/refs';
import type { WorkSummary } from '@/lib/pages/view';
import { parallelUrl, sourceUrl } from '@/lib/urls';
import { SourceLink } from './SourceLink';

/** How a source relates to others: the other versions of its work, what it comments on, and what comments on it. */
export function SourceRelations({
  source,
  work,
  locale,
  inParallel = false,
}: {
  source: SourceRef;
  work: WorkSummary;
  locale: Locale;
  inParallel?: boolean;
}) {
  const t = messages(locale).source;
  const others = work.versions.filter((version) => version.slug !== source.slug);
  const items = [
    others.length > 0 && (
      <li key="versions">
        {source.translationOf ? t.translationOf : t.translatedAs}{' '}
        {others.map((other, i) => (
          <span key={other.slug}>
            {i > 0 && ', '}
            <SourceLink source={other} locale={locale} />
          </span>
        ))}
        {' · '}
        {inParallel ? (
          <a href={sourceUrl(source.slug, locale)}>{t.singleColumn}</a>
        ) : (
          <a href={parallelUrl(source.slug, undefined, locale)}>{t.readSideBySide}</a>
        )}
      </li>
    ),
    work.commentaryOn && (
      <li key="about">
        {t.commentaryOn} <SourceLink source={work.commentaryOn} locale={locale} />
      </li>
    ),
    work.commentaries.length > 0 && (
      <li key="commentaries">
        {t.discussedIn}{' '}
        {work.commentaries.map((other, i) => (
          <span key={other.slug}>
            {i > 0 && ', '}
            <SourceLink source={other} locale={locale} short />
          </span>
        ))}
      </li>
    ),
  ].filter(Boolean);
  if (items.length === 0) return null;
  return <ul className="mt-3 space-y-1 text-sm">{items}</ul>;
}
