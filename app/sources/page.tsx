import type { Metadata } from 'next';
import { PageHeading } from '@/components/reader/PageHeading';
import { WorkList } from '@/components/reader/WorkList';
import { worksData } from '@/lib/pages/home';
import { sourcesUrl } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'Texts',
  description: "The texts of the Global AI Governance Initiative reader: the Initiative's official text, articles and commentary, with translations.",
  alternates: { canonical: sourcesUrl() },
};

export default function SourcesPage() {
  const works = worksData();
  const files = works.reduce((sum, work) => sum + work.versions.length, 0);
  return (
    <>
      <PageHeading eyebrow="Browse" title="Texts">
        <p className="mt-3 text-muted">
          {works.length} works in {files} texts, quoted as collected: an original and its translations are one work.
          Publisher, author and date are shown only where the text states them.
        </p>
      </PageHeading>
      <WorkList works={works} headingLevel={2} />
    </>
  );
}
