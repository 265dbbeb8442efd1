import type { Metadata } from 'next';
import { CoverageMatrix } from '@/components/reader/CoverageMatrix';
import { PageHeading } from '@/components/reader/PageHeading';
import { PrincipleList } from '@/components/reader/PrincipleList';
import { WorkList } from '@/components/reader/WorkList';
import { localTitle } from '@/lib/i18n/local-title';
import { HTML_LANG, otherLocale, type Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { homeCardPath, homePageData } from '@/lib/pages/home';
import { CORPUS_JSON_URL, sourceUrl } from '@/lib/urls';

// eslint-disable-next-line max-lines-per-function -- split pending (issue 20 item 4)
export function homeRoute(locale: Locale) {
  const t = messages(locale);
  const metadata: Metadata = {
    ...pageMetadata({
      title: t.siteName,
      description: t.home.description,
      path: '/',
      locale,
      image: { path: homeCardPath(), alt: t.home.description },
    }),
    title: { absolute: t.siteName },
  };

  function HomePage() {
    const { initiative, initiativeWork, principles, matrix, works } = homePageData(locale);
    return (
      <>
        <PageHeading eyebrow={t.home.eyebrow} title={localTitle(initiative, locale)}>
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
                {t.home.readOfficial}
              </a>{' '}
              {locale === 'en' && <span lang="zh-Hans">({initiativeWork.original.title})</span>}
            </p>
          )}
        </PageHeading>

        <section aria-labelledby="principles-heading" className="mb-12">
          {/* Plain headings: the header's navigation links to /principles/ and /sources/ one tab stop earlier, and
              the lists below are complete, so a link here would only be a second tab stop to the same page. */}
          <h2 id="principles-heading" className="mb-3 font-serif text-2xl font-semibold">
            {t.home.principles}
          </h2>
          <PrincipleList principles={principles} locale={locale} />
        </section>

        <section aria-labelledby="coverage-heading" className="mb-12">
          <h2 id="coverage-heading" className="mb-1 font-serif text-2xl font-semibold">
            {t.home.matrixHeading}
          </h2>
          <p className="mb-3 text-sm text-muted">{t.home.matrixNote}</p>
          <CoverageMatrix matrix={matrix} locale={locale} />
        </section>

        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading" className="mb-3 font-serif text-2xl font-semibold">
            {t.home.texts}
          </h2>
          <WorkList works={works} locale={locale} />
          <p className="mt-3 text-sm">
            <a href={CORPUS_JSON_URL} download className="inline-block py-0.5">
              {t.home.downloadAll}
            </a>
          </p>
        </section>
      </>
    );
  }
  return { metadata, Page: HomePage };
}
