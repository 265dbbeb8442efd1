import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PageHeading } from '@/components/reader/PageHeading';
import { SearchApp } from '@/components/search/SearchApp';
import { SearchField } from '@/components/search/SearchField';
import { searchUrl } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Find every passage that says a phrase, in English or Chinese, across all sources of the reader.',
  alternates: { canonical: searchUrl() },
};

/**
 * The static shell of /search/. Its state lives in the URL (?q=&principle=&source=&lang=), which only the browser
 * knows in a static export: the interactive part reads it inside Suspense, and the prerendered page shows the plain
 * form meanwhile.
 */
export default function SearchPage() {
  return (
    <>
      <PageHeading eyebrow="Search" title="Find a passage">
        <p className="mt-3 text-muted">
          Words match in any order and as you type. Put a phrase in &quot;double quotes&quot; to find it exactly.
          Chinese needs no spaces: 主渠道 finds every passage that contains it.
        </p>
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
