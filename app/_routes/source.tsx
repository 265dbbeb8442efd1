import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CitationBox } from '@/components/reader/CitationBox';
import { RetiredPassage, UnknownPassage } from '@/components/reader/MissingPassageNotices';
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

export function sourceRoute(locale: Locale) {
  const t = messages(locale);

  async function generateMetadata({ params }: SourceProps): Promise<Metadata> {
    const data = sourcePageData((await params).slug, locale);
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

  async function SourcePage({ params }: SourceProps) {
    const data = sourcePageData((await params).slug, locale);
    if (!data) notFound();
    const { source, work, citations, citation, passages, gone } = data;
    return (
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
    );
  }
  return { generateMetadata, Page: SourcePage };
}
