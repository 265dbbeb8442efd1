import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CitationBox } from '@/components/reader/CitationBox';
import { PageHeading } from '@/components/reader/PageHeading';
import { PassageView } from '@/components/reader/PassageView';
import { RetiredPassage, UnknownPassage } from '@/components/reader/MissingPassageNotices';
import { Provenance } from '@/components/reader/Provenance';
import { SourceRelations } from '@/components/reader/SourceRelations';
import { pageMetadata } from '@/lib/metadata';
import { sourcePageData, sourceSlugs } from '@/lib/pages/sources';
import { sourceUrl } from '@/lib/urls';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export const generateStaticParams = sourceSlugs;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = sourcePageData((await params).slug);
  if (!data) return {};
  const { source, passages } = data;
  return pageMetadata({
    title: source.title,
    description: passages.find(({ passage }) => passage.kind === 'paragraph')?.passage.text ?? source.title,
    path: sourceUrl(source.slug),
    type: 'article',
  });
}

export default async function SourcePage({ params }: Props) {
  const data = sourcePageData((await params).slug);
  if (!data) notFound();
  const { source, work, citations, passages, gone } = data;

  return (
    <div className="max-w-[80ch]">
      <PageHeading eyebrow={source.kind ? `Text · ${source.kind}` : 'Text'} title={source.title} lang={source.language}>
        {source.titleEn && <p className="mt-1 text-lg text-muted">{source.titleEn}</p>}
        <SourceRelations source={source} work={work} />
        <Provenance source={source} />
        <div className="mt-4">
          <CitationBox citations={citations} />
        </div>
      </PageHeading>
      <UnknownPassage />
      {gone.map((old) => (
        <RetiredPassage key={old.id} id={old.id} text={old.text} language={source.language} />
      ))}
      <div className="divide-y divide-line/60">
        {passages.map((details) => (
          <PassageView key={details.passage.id} source={source} details={details} />
        ))}
      </div>
    </div>
  );
}
