import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MarkedText } from '@/components/reader/MarkedText';
import { PageHeading } from '@/components/reader/PageHeading';
import { mentionedPrinciples, PrincipleChips } from '@/components/reader/PrincipleChips';
import { SourceRelations } from '@/components/reader/SourceRelations';
import { getLinks } from '@/lib/links';
import { pageMetadata } from '@/lib/metadata';
import { sourceFrom, sourceParams, type SourceRouteProps } from '@/lib/route-params';
import { parallelUrl, passageUrl } from '@/lib/urls';

export const dynamicParams = false;

/** Only sources with a translation or an original have a parallel view. */
export function generateStaticParams() {
  const { counterpart } = getLinks();
  return sourceParams().filter(({ slug }) => counterpart.has(slug));
}

export async function generateMetadata(props: SourceRouteProps): Promise<Metadata> {
  const links = getLinks();
  const source = await sourceFrom(props);
  const other = source && links.counterpart.get(source.slug);
  if (!source || !other) return {};
  return pageMetadata({
    title: `${source.title}: side by side`,
    description: `${source.title} beside ${other.title}, paragraph by paragraph.`,
    path: parallelUrl(source.slug),
  });
}

/**
 * Original and translation side by side, aligned paragraph by paragraph (the build checks they align one to one). Each
 * row's anchor is the passage id of the page's own source, so /sources/<slug>/parallel/#<id> lands on that row.
 */
export default async function ParallelPage(props: SourceRouteProps) {
  const links = getLinks();
  const source = await sourceFrom(props);
  const other = source && links.counterpart.get(source.slug);
  if (!source || !other) notFound();
  const [original, translation] = source.translationOf ? [other, source] : [source, other];

  return (
    <>
      <PageHeading eyebrow="Side by side" title={source.title} lang={source.language}>
        <SourceRelations source={source} inParallel />
      </PageHeading>
      <div role="table" aria-label={`${original.title} and its translation`} className="text-[1.0625rem]">
        <div role="row" className="hidden border-b border-line pb-2 text-sm font-semibold text-muted md:grid md:grid-cols-2 md:gap-8">
          <span role="columnheader">Original</span>
          <span role="columnheader">Translation</span>
        </div>
        {original.passages.map((originalPassage, i) => {
          const translated = translation.passages[i];
          const own = source === original ? originalPassage : translated;
          return (
            <div role="row" key={own.id} id={own.id} tabIndex={-1} className="passage grid scroll-mt-6 gap-3 border-b border-line/60 py-4 md:grid-cols-2 md:gap-8">
              {[
                { side: original, passage: originalPassage },
                { side: translation, passage: translated },
              ].map(({ side, passage }) => (
                <div role="cell" key={side.slug} data-passage>
                  <p lang={side.language} className="passage-text font-serif leading-[1.8]">
                    <MarkedText passage={passage} />
                  </p>
                  <div className="mt-2 flex flex-wrap items-center gap-2 text-xs">
                    <PrincipleChips principles={mentionedPrinciples(passage.mentions, links.principlesById)} />
                    <a href={passageUrl(side.slug, passage.id)} className="text-muted">
                      In context
                    </a>
                  </div>
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </>
  );
}
