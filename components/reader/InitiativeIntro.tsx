import { localTitle } from '@/lib/i18n/local-title';
import { HTML_LANG, otherLocale, type Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import type { HomePageData } from '@/lib/pages/home';
import { sourceUrl } from '@/lib/urls';
import { PageHeading } from './PageHeading';

/**
 * The home page's title block: the Initiative's name in both languages, its short account in the interface's
 * language, and a link to its official text when the corpus holds it.
 */
export function InitiativeIntro({
  initiative,
  initiativeWork,
  locale,
}: Pick<HomePageData, 'initiative' | 'initiativeWork'> & { locale: Locale }) {
  const t = messages(locale).home;
  return (
    <PageHeading eyebrow={t.eyebrow} title={localTitle(initiative, locale)}>
      <p lang={HTML_LANG[otherLocale(locale)]} className="mt-1 text-lg text-muted">
        {localTitle(initiative, otherLocale(locale))}
      </p>
      {(locale === 'zh' ? initiative.introZh : initiative.paragraphs).map((paragraph) => (
        <p key={paragraph} className="mt-3 font-serif text-[1.0625rem] leading-[1.7]">
          {paragraph}
        </p>
      ))}
      {initiativeWork && (
        <p className="mt-4">
          <a href={sourceUrl(initiativeWork.original.slug, locale)} className="font-semibold">
            {t.readOfficial}
          </a>{' '}
          {locale === 'en' && <span lang="zh-Hans">({initiativeWork.original.title})</span>}
        </p>
      )}
    </PageHeading>
  );
}
