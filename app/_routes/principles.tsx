import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InitiativeStatements } from '@/components/reader/InitiativeStatements';
import { PageHeading } from '@/components/reader/PageHeading';
import { PrincipleHeading } from '@/components/reader/PrincipleHeading';
import { PrincipleList } from '@/components/reader/PrincipleList';
import { ReadingControls } from '@/components/reader/ReadingControls';
import { RelatedPrinciples } from '@/components/reader/RelatedPrinciples';
import { WorkStatementsSection } from '@/components/reader/WorkStatementsSection';
import { localTitle } from '@/lib/i18n/local-title';
import { otherLocale, type Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { principleListData, principlePageData, type PrinciplePageData } from '@/lib/pages/principles';
import { compareUrl, principleUrl, searchUrl } from '@/lib/urls';

/** Links beside the reading controls are 24 px tall targets (WCAG 2.5.8: a neighbour is closer than 24 px). */
const TARGET = 'inline-flex min-h-6 items-center';

export interface PrincipleProps {
  params: Promise<{ id: string }>;
}

export function principlesIndexRoute(locale: Locale) {
  const t = messages(locale).principles;
  const metadata = pageMetadata({ title: t.title, description: t.description, path: '/principles/', locale });
  function PrinciplesPage() {
    const principles = principleListData();
    return (
      <>
        <PageHeading eyebrow={t.eyebrow} title={t.title}>
          <p className="mt-3 text-muted">{t.lead(principles.length)}</p>
        </PageHeading>
        <PrincipleList principles={principles} locale={locale} withSummary headingLevel={2} />
      </>
    );
  }
  return { metadata, Page: PrinciplesPage };
}

/** The principle's names in both languages as the title, its summary, its card; nothing for an unknown id. */
function principleMetadata(id: string, locale: Locale): Metadata {
  const data = principlePageData(id, locale);
  if (!data) return {};
  const { principle } = data;
  const [name, other] = [localTitle(principle, locale), localTitle(principle, otherLocale(locale))];
  const title = `${name} (${other})`;
  return pageMetadata({
    title,
    description: locale === 'zh' ? principle.summaryZh : principle.summary,
    path: principleUrl(principle.id),
    locale,
    image: { path: data.card, alt: title },
  });
}

/** The title block: names, summary, how widely it is stated, and the links to compare and to search within it. */
function PrincipleIntro({
  principle,
  counts,
  locale,
}: Pick<PrinciplePageData, 'principle' | 'counts'> & { locale: Locale }) {
  const t = messages(locale).principle;
  return (
    <PrincipleHeading principle={principle} locale={locale} eyebrow={t.eyebrow}>
      <p className="mt-4 font-serif text-[1.0625rem] leading-[1.7]">
        {locale === 'zh' ? principle.summaryZh : principle.summary}
      </p>
      <p className="mt-4 text-sm text-muted">{t.statedIn(counts.passages, counts.works)}</p>
      <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        {counts.works > 1 && (
          <a href={compareUrl(principle.id, locale)} className={TARGET}>
            {t.compare}
          </a>
        )}
        <a href={searchUrl({ principle: principle.id }, locale)} className={TARGET}>
          {t.searchWithin}
        </a>
        <ReadingControls locale={locale} />
      </p>
    </PrincipleHeading>
  );
}

/** Every work but the Initiative stating the principle, a section each; or a line saying none does. */
function PrincipleWorks({
  principle,
  counts,
  initiative,
  works,
  locale,
}: Pick<PrinciplePageData, 'principle' | 'counts' | 'initiative' | 'works'> & { locale: Locale }) {
  const t = messages(locale).principle;
  return (
    <>
      {works.length > 0 && (
        <h2 className="mb-4 font-serif text-2xl font-semibold">{initiative ? t.otherTexts : t.texts}</h2>
      )}
      {counts.works === 0 && <p className="max-w-[70ch] text-muted">{t.none}</p>}
      {works.map((statements) => (
        <WorkStatementsSection
          key={statements.work.id}
          statements={statements}
          principle={principle.id}
          locale={locale}
        />
      ))}
    </>
  );
}

export function principleRoute(locale: Locale) {
  async function generateMetadata({ params }: PrincipleProps): Promise<Metadata> {
    return principleMetadata((await params).id, locale);
  }

  async function PrinciplePage({ params }: PrincipleProps) {
    const data = principlePageData((await params).id, locale);
    if (!data) notFound();
    const { principle, counts, initiative, works, related } = data;
    return (
      <>
        <PrincipleIntro principle={principle} counts={counts} locale={locale} />
        {initiative && <InitiativeStatements statements={initiative} principle={principle.id} locale={locale} />}
        {related.length > 0 && <RelatedPrinciples related={related} locale={locale} />}
        <PrincipleWorks principle={principle} counts={counts} initiative={initiative} works={works} locale={locale} />
      </>
    );
  }
  return { generateMetadata, Page: PrinciplePage };
}
