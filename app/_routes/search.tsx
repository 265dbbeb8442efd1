import { Suspense } from 'react';
import { PageHeading } from '@/components/reader/PageHeading';
import { SearchApp } from '@/components/search/SearchApp';
import { SearchField } from '@/components/search/SearchField';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';

/**
 * The static shell of /search/. Its state lives in the URL (?q=&principle=&source=&lang=), which only the browser
 * knows in a static export: the interactive part reads it inside Suspense, and the prerendered page shows the plain
 * form meanwhile.
 */
export function searchRoute(locale: Locale) {
  const t = messages(locale).search;
  const metadata = pageMetadata({ title: t.title, description: t.description, path: '/search/', locale });
  function SearchPage() {
    return (
      <>
        <PageHeading eyebrow={t.title} title={t.heading}>
          <p className="mt-3 text-muted">{t.lead}</p>
        </PageHeading>
        {/* Results arrive after the page: the space they will take keeps the footer from jumping (layout shift). */}
        <div className="min-h-[100svh]">
          <Suspense fallback={<SearchField />}>
            <SearchApp />
          </Suspense>
        </div>
      </>
    );
  }
  return { metadata, Page: SearchPage };
}
