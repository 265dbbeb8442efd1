import type { Metadata } from 'next';
import { PageHeading } from '@/components/reader/PageHeading';
import { SourceList } from '@/components/reader/SourceList';
import { getCorpus } from '@/lib/corpus';
import { sourcesUrl } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'Sources',
  description: 'The texts of the Global AI Governance Initiative reader: articles, commentary, a translation and its Chinese original.',
  alternates: { canonical: sourcesUrl() },
};

export default function SourcesPage() {
  const { sources } = getCorpus();
  return (
    <>
      <PageHeading eyebrow="Browse" title="Sources">
        <p className="mt-3 text-muted">
          {sources.length} texts, quoted as collected. Publisher, author and date are shown only where the text states
          them.
        </p>
      </PageHeading>
      <SourceList sources={sources} headingLevel={2} />
    </>
  );
}
