import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/reader/PageHeading';
import { PassageQuote } from '@/components/reader/PassageQuote';
import { SourceByline } from '@/components/reader/SourceByline';
import { getLinks } from '@/lib/links';
import { pageMetadata } from '@/lib/metadata';
import { principleFrom, principleParams, type PrincipleRouteProps } from '@/lib/route-params';
import { compareUrl, principleUrl, sourceUrl } from '@/lib/urls';

export const dynamicParams = false;

export const generateStaticParams = principleParams;

export async function generateMetadata(props: PrincipleRouteProps): Promise<Metadata> {
  const principle = await principleFrom(props);
  if (!principle) return {};
  return pageMetadata({
    title: `${principle.title}: the sources compared`,
    description: `How each source states ${principle.title}. ${principle.summary}`,
    path: compareUrl(principle.id),
  });
}

/** Every source's statements of one principle in columns, to read across. */
export default async function ComparePage(props: PrincipleRouteProps) {
  const links = getLinks();
  const principle = await principleFrom(props);
  if (!principle) notFound();
  const groups = links.byPrinciple.get(principle.id) ?? [];

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
      {groups.length === 0 ? (
        <p className="text-muted">No passage in the corpus states this principle yet.</p>
      ) : (
        <div className="-mx-4 flex snap-x gap-4 overflow-x-auto px-4 pb-4" role="region" aria-label="Sources side by side" tabIndex={0}>
          {groups.map(({ source, passages }) => (
            <section key={source.slug} aria-labelledby={`compare-${source.slug}`} className="w-[min(22rem,85vw)] shrink-0 snap-start rounded border border-line bg-surface p-4">
              <h2 id={`compare-${source.slug}`} className="font-serif text-base font-semibold" lang={source.language}>
                <a href={sourceUrl(source.slug)}>{source.shortTitle ?? source.title}</a>
              </h2>
              <SourceByline source={source} className="mb-3" />
              <div className="space-y-4">
                {passages.map((passage) => (
                  <PassageQuote key={passage.id} source={source} passage={passage} principle={principle.id} />
                ))}
              </div>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
