import type { Metadata } from 'next';
import { CoverageMatrix } from '@/components/reader/CoverageMatrix';
import { InitiativeIntro } from '@/components/reader/InitiativeIntro';
import { PrincipleList } from '@/components/reader/PrincipleList';
import { WorkList } from '@/components/reader/WorkList';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { homeCardPath, homePageData } from '@/lib/pages/home';
import { CORPUS_JSON_URL } from '@/lib/urls';

/** The site's name alone as the title (no "· site name" template), the home card as its image. */
function homeMetadata(locale: Locale): Metadata {
  const t = messages(locale);
  return {
    ...pageMetadata({
      title: t.siteName,
      description: t.home.description,
      path: '/',
      locale,
      image: { path: homeCardPath(), alt: t.home.description },
    }),
    title: { absolute: t.siteName },
  };
}

export function homeRoute(locale: Locale) {
  const t = messages(locale).home;

  function HomePage() {
    const { initiative, initiativeWork, principles, matrix, works } = homePageData(locale);
    return (
      <>
        <InitiativeIntro initiative={initiative} initiativeWork={initiativeWork} locale={locale} />

        <section aria-labelledby="principles-heading" className="mb-12">
          {/* Plain headings: the header's navigation links to /principles/ and /sources/ one tab stop earlier, and
              the lists below are complete, so a link here would only be a second tab stop to the same page. */}
          <h2 id="principles-heading" className="mb-3 font-serif text-2xl font-semibold">
            {t.principles}
          </h2>
          <PrincipleList principles={principles} locale={locale} />
        </section>

        <section aria-labelledby="coverage-heading" className="mb-12">
          <h2 id="coverage-heading" className="mb-1 font-serif text-2xl font-semibold">
            {t.matrixHeading}
          </h2>
          <p className="mb-3 text-sm text-muted">{t.matrixNote}</p>
          <CoverageMatrix matrix={matrix} locale={locale} />
        </section>

        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading" className="mb-3 font-serif text-2xl font-semibold">
            {t.texts}
          </h2>
          <WorkList works={works} locale={locale} />
          <p className="mt-3 text-sm">
            <a href={CORPUS_JSON_URL} download className="inline-block py-0.5">
              {t.downloadAll}
            </a>
          </p>
        </section>
      </>
    );
  }
  return { metadata: homeMetadata(locale), Page: HomePage };
}
