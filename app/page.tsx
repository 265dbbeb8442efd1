import { CoverageMatrix } from '@/components/reader/CoverageMatrix';
import { PageHeading } from '@/components/reader/PageHeading';
import { PrincipleList } from '@/components/reader/PrincipleList';
import { SourceList } from '@/components/reader/SourceList';
import { getCorpus } from '@/lib/corpus';
import { CORPUS_JSON_URL, principlesUrl, sourcesUrl } from '@/lib/urls';

export default function HomePage() {
  const { initiative, principles, sources } = getCorpus();
  return (
    <>
      <PageHeading eyebrow="October 2023" title={initiative.title}>
        <p lang="zh" className="mt-1 text-lg text-muted">
          {initiative.titleZh}
        </p>
        {initiative.paragraphs.map((paragraph) => (
          <p key={paragraph} className="mt-3 font-serif text-[1.0625rem] leading-[1.7]">
            {paragraph}
          </p>
        ))}
      </PageHeading>

      <section aria-labelledby="principles-heading" className="mb-12">
        <h2 id="principles-heading" className="mb-3 font-serif text-2xl font-semibold">
          <a href={principlesUrl()} className="text-ink no-underline hover:underline">
            Principles
          </a>
        </h2>
        <PrincipleList principles={principles} />
      </section>

      <section aria-labelledby="coverage-heading" className="mb-12">
        <h2 id="coverage-heading" className="mb-1 font-serif text-2xl font-semibold">
          Which source states which principle
        </h2>
        <p className="mb-3 text-sm text-muted">Each number is a count of passages; follow it to read them.</p>
        <CoverageMatrix principles={principles} sources={sources} />
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="mb-3 font-serif text-2xl font-semibold">
          <a href={sourcesUrl()} className="text-ink no-underline hover:underline">
            Sources
          </a>
        </h2>
        <SourceList sources={sources} />
        <p className="mt-3 text-sm">
          <a href={CORPUS_JSON_URL} download>
            Download every passage and principle as JSON
          </a>
        </p>
      </section>
    </>
  );
}
