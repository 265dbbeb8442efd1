import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InitiativeStatements } from '@/components/reader/InitiativeStatements';
import { PageHeading } from '@/components/reader/PageHeading';
import { WorkStatementsSection } from '@/components/reader/WorkStatementsSection';
import { pageMetadata } from '@/lib/metadata';
import { principleIds, principlePageData } from '@/lib/pages/principles';
import { compareUrl, principleUrl, searchUrl } from '@/lib/urls';

interface Props {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export const generateStaticParams = principleIds;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = principlePageData((await params).id);
  if (!data) return {};
  const { principle } = data;
  return pageMetadata({ title: `${principle.title} (${principle.titleZh})`, description: principle.summary, path: principleUrl(principle.id) });
}

export default async function PrinciplePage({ params }: Props) {
  const data = principlePageData((await params).id);
  if (!data) notFound();
  const { principle, counts, initiative, works, related } = data;

  return (
    <>
      <PageHeading eyebrow="Principle" title={principle.title}>
        <p lang="zh" className="mt-1 text-lg text-muted">
          {principle.titleZh}
        </p>
        <p className="mt-4 font-serif text-[1.0625rem] leading-[1.7]">{principle.summary}</p>
        <p className="mt-4 text-sm text-muted">
          Stated in {counts.passages} passage{counts.passages === 1 ? '' : 's'} of {counts.works} work{counts.works === 1 ? '' : 's'}.
        </p>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {counts.works > 1 && <a href={compareUrl(principle.id)}>Compare the works side by side</a>}
          <a href={searchUrl({ principle: principle.id })}>Search within this principle</a>
        </p>
      </PageHeading>

      {initiative && <InitiativeStatements statements={initiative} principle={principle.id} />}

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mb-8 max-w-[70ch]">
          <h2 id="related-heading" className="text-sm font-semibold uppercase tracking-wider text-muted">
            Often stated together with
          </h2>
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {related.map((other) => (
              <li key={other.id}>
                <a href={principleUrl(other.id)} className="inline-block rounded-full bg-chip px-2.5 py-0.5 text-xs font-medium text-chip-ink no-underline hover:underline">
                  {other.title} <span className="font-normal">({other.shared} shared)</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {works.length > 0 && (
        <h2 className="mb-4 font-serif text-2xl font-semibold">{initiative ? 'What the other texts say' : 'What the texts say'}</h2>
      )}
      {counts.works === 0 && <p className="max-w-[70ch] text-muted">No passage in the corpus states this principle yet.</p>}
      {works.map((statements) => (
        <WorkStatementsSection key={statements.work.id} statements={statements} principle={principle.id} />
      ))}
    </>
  );
}
