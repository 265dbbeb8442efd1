import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { InitiativeStatements } from '@/components/reader/InitiativeStatements';
import { PageHeading } from '@/components/reader/PageHeading';
import { localTitle } from '@/lib/i18n/local-title';
import { PrincipleList } from '@/components/reader/PrincipleList';
import { ReadingControls } from '@/components/reader/ReadingControls';
import { WorkStatementsSection } from '@/components/reader/WorkStatementsSection';
import type { Principle } from '@/lib/content/schema';
import { HTML_LANG, otherLocale, type Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { principleListData, principlePageData } from '@/lib/pages/principles';
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

/** The principle's names and summary in the interface's language, the other language's name beneath. */
export function PrincipleHeading({
  principle,
  locale,
  eyebrow,
  children,
}: {
  principle: Principle;
  locale: Locale;
  eyebrow: string;
  children?: ReactNode;
}) {
  return (
    <PageHeading eyebrow={eyebrow} title={localTitle(principle, locale)}>
      <p lang={HTML_LANG[otherLocale(locale)]} className="mt-1 text-lg text-muted">
        {localTitle(principle, otherLocale(locale))}
      </p>
      {children}
    </PageHeading>
  );
}

// eslint-disable-next-line max-lines-per-function -- split pending (issue 20 item 4)
export function principleRoute(locale: Locale) {
  const t = messages(locale);

  async function generateMetadata({ params }: PrincipleProps): Promise<Metadata> {
    const data = principlePageData((await params).id, locale);
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

  async function PrinciplePage({ params }: PrincipleProps) {
    const data = principlePageData((await params).id, locale);
    if (!data) notFound();
    const { principle, counts, initiative, works, related } = data;
    return (
      <>
        <PrincipleHeading principle={principle} locale={locale} eyebrow={t.principle.eyebrow}>
          <p className="mt-4 font-serif text-[1.0625rem] leading-[1.7]">
            {locale === 'zh' ? principle.summaryZh : principle.summary}
          </p>
          <p className="mt-4 text-sm text-muted">{t.principle.statedIn(counts.passages, counts.works)}</p>
          <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            {counts.works > 1 && (
              <a href={compareUrl(principle.id, locale)} className={TARGET}>
                {t.principle.compare}
              </a>
            )}
            <a href={searchUrl({ principle: principle.id }, locale)} className={TARGET}>
              {t.principle.searchWithin}
            </a>
            <ReadingControls locale={locale} />
          </p>
        </PrincipleHeading>

        {initiative && <InitiativeStatements statements={initiative} principle={principle.id} locale={locale} />}

        {related.length > 0 && (
          <section aria-labelledby="related-heading" className="mb-8 max-w-[70ch]">
            <h2 id="related-heading" className="text-sm font-semibold uppercase tracking-wider text-muted">
              {t.principle.related}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-1.5">
              {related.map((other) => (
                <li key={other.id}>
                  <a
                    href={principleUrl(other.id, locale)}
                    className="inline-block rounded-full bg-chip px-2.5 py-0.5 text-xs font-medium text-chip-ink no-underline hover:underline"
                  >
                    {localTitle(other, locale)} <span className="font-normal">{t.principle.shared(other.shared)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}

        {works.length > 0 && (
          <h2 className="mb-4 font-serif text-2xl font-semibold">
            {initiative ? t.principle.otherTexts : t.principle.texts}
          </h2>
        )}
        {counts.works === 0 && <p className="max-w-[70ch] text-muted">{t.principle.none}</p>}
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
  return { generateMetadata, Page: PrinciplePage };
}
