import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/reader/PageHeading';
import { PassageQuote } from '@/components/reader/PassageQuote';
import { SourceByline } from '@/components/reader/SourceByline';
import { getLinks } from '@/lib/links';
import { pageMetadata } from '@/lib/metadata';
import { principleFrom, principleParams, type PrincipleRouteProps } from '@/lib/route-params';
import { compareUrl, principleInSourceAnchor, principleUrl, searchUrl, sourceUrl } from '@/lib/urls';

export const dynamicParams = false;

export const generateStaticParams = principleParams;

export async function generateMetadata(props: PrincipleRouteProps): Promise<Metadata> {
  const principle = await principleFrom(props);
  if (!principle) return {};
  return pageMetadata({ title: `${principle.title} (${principle.titleZh})`, description: principle.summary, path: principleUrl(principle.id) });
}

export default async function PrinciplePage(props: PrincipleRouteProps) {
  const links = getLinks();
  const principle = await principleFrom(props);
  if (!principle) notFound();
  const groups = links.byPrinciple.get(principle.id) ?? [];
  const related = links.related.get(principle.id) ?? [];
  const passageCount = groups.reduce((sum, group) => sum + group.passages.length, 0);

  return (
    <>
      <PageHeading eyebrow="Principle" title={principle.title}>
        <p lang="zh" className="mt-1 text-lg text-muted">
          {principle.titleZh}
        </p>
        <p className="mt-4 font-serif text-[1.0625rem] leading-[1.7]">{principle.summary}</p>
        <p className="mt-4 text-sm text-muted">
          Stated in {passageCount} passage{passageCount === 1 ? '' : 's'} of {groups.length} source{groups.length === 1 ? '' : 's'}.
        </p>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {groups.length > 1 && <a href={compareUrl(principle.id)}>Compare the sources side by side</a>}
          <a href={searchUrl({ principle: principle.id })}>Search within this principle</a>
        </p>
      </PageHeading>

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mb-8 max-w-[70ch]">
          <h2 id="related-heading" className="text-sm font-semibold uppercase tracking-wider text-muted">
            Often stated together with
          </h2>
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {related.map(({ principle: other, shared }) => (
              <li key={other.id}>
                <a href={principleUrl(other.id)} className="inline-block rounded-full bg-chip px-2.5 py-0.5 text-xs font-medium text-chip-ink no-underline hover:underline">
                  {other.title} <span className="font-normal">({shared} shared)</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {groups.length === 0 && <p className="max-w-[70ch] text-muted">No passage in the corpus states this principle yet.</p>}

      {groups.map(({ source, passages }) => (
        <section
          key={source.slug}
          id={principleInSourceAnchor(source.slug)}
          tabIndex={-1}
          aria-labelledby={`${principleInSourceAnchor(source.slug)}-heading`}
          className="passage mb-10 max-w-[72ch] scroll-mt-6"
        >
          <h2 id={`${principleInSourceAnchor(source.slug)}-heading`} className="font-serif text-xl font-semibold" lang={source.language}>
            <a href={sourceUrl(source.slug)}>{source.title}</a>
          </h2>
          <SourceByline source={source} className="mb-3" />
          <div className="space-y-5">
            {passages.map((passage) => (
              <PassageQuote key={passage.id} source={source} passage={passage} principle={principle.id} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
