import { PageHeading } from '@/components/reader/PageHeading';
import { localTitle } from '@/lib/i18n/local-title';
import { SearchProvider } from '@/components/search/SearchApp';
import { SearchField } from '@/components/search/SearchField';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { principleListData } from '@/lib/pages/principles';
import { searchUrl } from '@/lib/urls';

/**
 * The static shell of /search/. Its state lives in the URL (?q=&principle=&source=&lang=), which only the browser
 * knows in a static export: the page's own script (client/search-page.tsx) renders the search app in the plain form's
 * place (`data-search-app`). With nothing asked, it offers example queries and the principles (`data-search-idle`),
 * which are server markup, so they are there without script too.
 */
export function searchRoute(locale: Locale) {
  const t = messages(locale).search;
  const metadata = pageMetadata({ title: t.title, description: t.description, path: '/search/', locale });

  function Suggestions() {
    const chip = 'inline-block rounded-full border border-line bg-surface px-3 py-1 text-sm no-underline hover:bg-chip';
    return (
      <div className="max-w-[70ch] space-y-6">
        <section aria-labelledby="search-examples">
          <h2 id="search-examples" className="mb-2 text-sm font-semibold text-muted">
            {t.tryHeading}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {t.examples.map((example) => (
              <li key={example}>
                <a href={searchUrl({ q: example }, locale)} className={chip}>
                  {example}
                </a>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="search-principles">
          <h2 id="search-principles" className="mb-2 text-sm font-semibold text-muted">
            {t.byPrinciple}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {principleListData().map((principle) => (
              <li key={principle.id}>
                <a href={searchUrl({ principle: principle.id }, locale)} className={chip}>
                  {localTitle(principle, locale)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </div>
    );
  }

  function SearchPage() {
    return (
      <>
        <PageHeading eyebrow={t.title} title={t.heading}>
          <p className="mt-3 text-muted">{t.lead}</p>
        </PageHeading>
        {/* Results arrive after the page: the space they will take keeps the footer from jumping (layout shift). */}
        <div className="min-h-[100svh]">
          <div data-search-app>
            <SearchProvider locale={locale}>
              <SearchField />
            </SearchProvider>
          </div>
          <div data-search-idle>
            <Suggestions />
          </div>
        </div>
      </>
    );
  }
  return { metadata, Page: SearchPage };
}
