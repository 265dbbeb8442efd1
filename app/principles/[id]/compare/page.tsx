import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/reader/PageHeading';
import { RowCard } from '@/components/reader/RowCard';
import { SourceByline } from '@/components/reader/SourceByline';
import { pageMetadata } from '@/lib/metadata';
import { comparePageData, principleIds } from '@/lib/pages/principles';
import { compareUrl, principleUrl, sourceUrl } from '@/lib/urls';
import { sourceName } from '@/components/reader/SourceLink';

interface Props {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export const generateStaticParams = principleIds;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = comparePageData((await params).id);
  if (!data) return {};
  const { principle } = data;
  return pageMetadata({
    title: `${principle.title}: the works compared`,
    description: `How each work states ${principle.title}. ${principle.summary}`,
    path: compareUrl(principle.id),
  });
}

/** Every work's statements of one principle, in a grid that wraps, to read across. */
export default async function ComparePage({ params }: Props) {
  const data = comparePageData((await params).id);
  if (!data) notFound();
  const { principle, columns } = data;

  return (
    <>
      <PageHeading eyebrow="Compare" title={principle.title}>
        <p lang="zh" className="mt-1 text-lg text-muted">
          {principle.titleZh}
        </p>
        <p className="mt-3 text-sm">
          <a href={principleUrl(principle.id)}>Back to the principle</a>
        </p>
      </PageHeading>
      {columns.length === 0 ? (
        <p className="text-muted">No passage in the corpus states this principle yet.</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" role="region" aria-label="Works side by side">
          {columns.map(({ work, rows, anchor }) => (
            <section key={work.id} aria-labelledby={`compare-${work.id}`} className="min-w-0 rounded border border-line bg-surface p-4">
              <h2 id={`compare-${work.id}`} className="font-serif text-base font-semibold" lang={work.original.language}>
                <a href={sourceUrl(work.original.slug)}>{sourceName(work.original, true)}</a>
              </h2>
              <SourceByline source={work.original} className="mb-3" />
              <div className="space-y-4">
                {rows.map((row) => (
                  <RowCard key={row.id} row={row} principle={principle.id} group={anchor} />
                ))}
              </div>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
