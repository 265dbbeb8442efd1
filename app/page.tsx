import { CoverageMatrix } from '@/components/reader/CoverageMatrix';
import { PageHeading } from '@/components/reader/PageHeading';
import { PrincipleList } from '@/components/reader/PrincipleList';
import { WorkList } from '@/components/reader/WorkList';
import { homePageData } from '@/lib/pages/home';
import { CORPUS_JSON_URL, principlesUrl, sourcesUrl, sourceUrl } from '@/lib/urls';

export default function HomePage() {
  const { initiative, initiativeWork, principles, matrix, works } = homePageData();
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
        {initiativeWork && (
          <p className="mt-4">
            <a href={sourceUrl(initiativeWork.original.slug)} className="font-semibold">
              Read the Initiative&apos;s official text
            </a>{' '}
            <span lang="zh">({initiativeWork.original.title})</span>
          </p>
        )}
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
          Which work states which principle
        </h2>
        <p className="mb-3 text-sm text-muted">
          Each number is a count of passages; a paragraph and its translation count once. Follow it to read them.
        </p>
        <CoverageMatrix matrix={matrix} />
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="mb-3 font-serif text-2xl font-semibold">
          <a href={sourcesUrl()} className="text-ink no-underline hover:underline">
            Texts
          </a>
        </h2>
        <WorkList works={works} />
        <p className="mt-3 text-sm">
          <a href={CORPUS_JSON_URL} download>
            Download every passage and principle as JSON
          </a>
        </p>
      </section>
    </>
  );
}
