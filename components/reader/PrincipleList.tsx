import { HTML_LANG, otherLocale, type Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import type { PrincipleListItem } from '@/lib/pages/principles';
import { principleUrl } from '@/lib/urls';
import { localTitle } from '@/lib/i18n/local-title';

/**
 * The principles with how many works and passages state each; summaries on the index page. The name in the other
 * language follows, in that language.
 */
export function PrincipleList({
  principles,
  locale,
  withSummary = false,
  headingLevel = 3,
}: {
  principles: PrincipleListItem[];
  locale: Locale;
  withSummary?: boolean;
  /** 2 on a page where the list is the main content, 3 under a section heading. */
  headingLevel?: 2 | 3;
}) {
  const t = messages(locale);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {principles.map((principle) => (
        <li key={principle.id} className="rounded border border-line bg-surface p-4">
          <Heading className="font-serif text-base font-semibold">
            <a href={principleUrl(principle.id, locale)}>{localTitle(principle, locale)}</a>
          </Heading>
          <p lang={HTML_LANG[otherLocale(locale)]} className="text-sm text-muted">
            {localTitle(principle, otherLocale(locale))}
          </p>
          <p className="mt-1 text-sm text-muted">
            {t.principles.counts(principle.counts.passages, principle.counts.works)}
          </p>
          {withSummary && (
            <p className="mt-2 text-sm leading-relaxed">{locale === 'zh' ? principle.summaryZh : principle.summary}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
