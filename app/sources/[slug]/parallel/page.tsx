import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MarkedText } from '@/components/reader/MarkedText';
import { RetiredPassage, UnknownPassage } from '@/components/reader/MissingPassageNotices';
import { PageHeading } from '@/components/reader/PageHeading';
import { SourceRelations } from '@/components/reader/SourceRelations';
import { formatLabel } from '@/lib/content/labels';
import { pageMetadata } from '@/lib/metadata';
import { parallelPageData, parallelSlugs } from '@/lib/pages/sources';
import { parallelUrl } from '@/lib/urls';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

/** Only sources whose work has another language have a parallel view. */
export const generateStaticParams = parallelSlugs;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = parallelPageData((await params).slug);
  if (!data) return {};
  const { source, work } = data;
  const others = work.versions.filter((version) => version.slug !== source.slug).map((version) => version.title);
  return pageMetadata({
    title: `${source.title}: side by side`,
    description: `${source.title} beside ${others.join(', ')}, paragraph by paragraph.`,
    path: parallelUrl(source.slug),
  });
}

/**
 * A work's versions side by side, aligned paragraph by paragraph (the build checks they align one to one). Each row's
 * anchor is the passage id of the page's own source, so /sources/<slug>/parallel/#<id> lands on that row; an edited
 * passage's old id lands on its row, a removed one's on a notice.
 */
export default async function ParallelPage({ params }: Props) {
  const data = parallelPageData((await params).slug);
  if (!data) notFound();
  const { source, work, rows, gone } = data;
  const columns = work.versions;

  return (
    <>
      <PageHeading eyebrow="Side by side" title={source.title} lang={source.language}>
        <SourceRelations source={source} work={work} inParallel />
      </PageHeading>
      <UnknownPassage />
      {gone.map((old) => (
        <RetiredPassage key={old.id} id={old.id} text={old.text} language={source.language} />
      ))}
      {rows.flatMap((row) => row.oldIds.map((oldId) => <span key={oldId} id={oldId} data-alias-of={row.anchor} />))}
      <div role="table" aria-label={`${work.original.title} and its translation`} className="text-[1.0625rem]">
        <div role="row" className="hidden border-b border-line pb-2 text-sm font-semibold text-muted md:grid md:grid-cols-[4rem_1fr_1fr] md:gap-8">
          <span role="columnheader">Label</span>
          {columns.map((version, i) => (
            <span role="columnheader" key={version.slug}>
              {i === 0 ? 'Original' : 'Translation'}
            </span>
          ))}
        </div>
        {rows.map((row) => (
          <div role="row" key={row.anchor} id={row.anchor} tabIndex={-1} className="passage grid scroll-mt-6 gap-3 border-b border-line/60 py-4 md:grid-cols-[4rem_1fr_1fr] md:gap-8">
            <span role="rowheader" className="text-xs text-muted">
              {formatLabel(row.label, 'en')}
            </span>
            {row.versions.map((version) => (
              <div role="cell" key={version.source.slug} data-passage>
                <p lang={version.source.language} className="passage-text font-serif leading-[1.8]">
                  <MarkedText passage={version.passage} />
                </p>
                <p className="mt-2 text-xs">
                  <a href={version.href} className="text-muted">
                    In context
                  </a>
                </p>
              </div>
            ))}
          </div>
        ))}
      </div>
    </>
  );
}
