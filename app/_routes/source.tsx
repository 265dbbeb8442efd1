import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CitationBox } from '@/components/reader/CitationBox';
import { RetiredPassage, UnknownPassage } from '@/components/reader/MissingPassageNotices';
import { OnThisPageColumn, OnThisPageMenu } from '@/components/reader/OnThisPage';
import { PageHeading } from '@/components/reader/PageHeading';
import { PassageView } from '@/components/reader/PassageView';
import { Provenance } from '@/components/reader/Provenance';
import { ReadingControls } from '@/components/reader/ReadingControls';
import { SourceRelations } from '@/components/reader/SourceRelations';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { sourcePageData } from '@/lib/pages/sources';
import { sourceUrl } from '@/lib/urls';
import { sourceTitle } from '@/lib/i18n/source-name';

export interface SourceProps {
  params: Promise<{ slug: string }>;
}

/** The page's title, description and citation tags; nothing for an unknown slug. */
function sourceMetadata(slug: string, locale: Locale): Metadata {
  const data = sourcePageData(slug, locale);
  if (!data) return {};
  const { source, passages, meta } = data;
  return pageMetadata({
    title: sourceTitle(source.title, source.language),
    description: sourceTitle(
      passages.find(({ passage }) => passage.kind === 'paragraph')?.passage.text ?? source.title,
      source.language,
    ),
    citation: meta,
    path: sourceUrl(source.slug),
    locale,
    type: 'article',
  });
}

export function sourceRoute(locale: Locale) {
  const t = messages(locale);

  async function generateMetadata({ params }: SourceProps): Promise<Metadata> {
    return sourceMetadata((await params).slug, locale);
  }

  async function SourcePage({ params }: SourceProps) {
    const data = sourcePageData((await params).slug, locale);
    if (!data) notFound();
    const { source, work, citations, citation, passages, gone, contents } = data;
    return (
      <div className={contents.length > 0 ? 'xl:grid xl:grid-cols-[minmax(0,1fr)_13rem] xl:items-start xl:gap-8' : ''}>
        <div className="lg:max-w-[calc(80ch+22rem)]">
          <PageHeading
            eyebrow={source.kind ? `${t.source.eyebrow} · ${t.kinds[source.kind]}` : t.source.eyebrow}
            title={sourceTitle(source.title, source.language)}
            lang={source.language}
          >
            {source.titleEn && (
              <p lang="en" className="mt-1 text-lg text-muted">
                {source.titleEn}
              </p>
            )}
            <SourceRelations source={source} work={work} locale={locale} />
            <Provenance source={source} locale={locale} />
            <div className="mt-4 flex flex-wrap items-start gap-3">
              <div className="min-w-0 flex-1">
                <CitationBox citations={citations} data={citation} locale={locale} note={t.passagePage.accessNote} />
              </div>
              <ReadingControls locale={locale} />
            </div>
          </PageHeading>
          <OnThisPageMenu entries={contents} language={source.language} locale={locale} />
          <UnknownPassage locale={locale} />
          {gone.map((old) => (
            <RetiredPassage key={old.id} id={old.id} text={old.text} language={source.language} locale={locale} />
          ))}
          <div className="divide-y divide-line/60">
            {passages.map((details) => (
              <PassageView key={details.passage.id} source={source} details={details} locale={locale} />
            ))}
          </div>
        </div>
        <OnThisPageColumn entries={contents} language={source.language} locale={locale} />
      </div>
    );
  }
  return { generateMetadata, Page: SourcePage };
}
