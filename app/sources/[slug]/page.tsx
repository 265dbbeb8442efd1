import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CitationBox } from '@/components/reader/CitationBox';
import { PageHeading } from '@/components/reader/PageHeading';
import { PassageView } from '@/components/reader/PassageView';
import { RetiredPassage, UnknownPassage } from '@/components/reader/MissingPassageNotices';
import { SourceByline } from '@/components/reader/SourceByline';
import { SourceRelations } from '@/components/reader/SourceRelations';
import { getLinks } from '@/lib/links';
import { pageMetadata } from '@/lib/metadata';
import { sourceFrom, sourceParams, type SourceRouteProps } from '@/lib/route-params';
import { sourceUrl } from '@/lib/urls';

export const dynamicParams = false;

export const generateStaticParams = sourceParams;

export async function generateMetadata(props: SourceRouteProps): Promise<Metadata> {
  const source = await sourceFrom(props);
  if (!source) return {};
  return pageMetadata({
    title: source.title,
    description: source.passages.find((passage) => passage.kind === 'paragraph')?.text ?? source.title,
    path: sourceUrl(source.slug),
    type: 'article',
  });
}

export default async function SourcePage(props: SourceRouteProps) {
  const links = getLinks();
  const source = await sourceFrom(props);
  if (!source) notFound();
  const retired = links.retired.get(source.slug) ?? [];

  return (
    <div className="max-w-[72ch]">
      <PageHeading eyebrow={source.kind ? `Source · ${source.kind}` : 'Source'} title={source.title} lang={source.language}>
        {source.titleSupplied && (
          <p className="mt-1 text-sm text-muted">The collected text has no headline; the editors supplied this title from its words.</p>
        )}
        <SourceByline source={source} className="mt-2" />
        <SourceRelations source={source} />
        <div className="mt-4">
          <CitationBox source={source} />
        </div>
      </PageHeading>
      <UnknownPassage />
      {retired
        .filter((old) => !old.to)
        .map((old) => (
          <RetiredPassage key={old.id} id={old.id} text={old.text} language={source.language} />
        ))}
      <div className="divide-y divide-line/60">
        {source.passages.map((passage) => (
          <PassageView
            key={passage.id}
            source={source}
            passage={passage}
            principles={links.principlesById}
            oldIds={retired.filter((old) => old.to === passage.id).map((old) => old.id)}
          />
        ))}
      </div>
    </div>
  );
}
