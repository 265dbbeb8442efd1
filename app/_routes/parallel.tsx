import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RetiredPassage, UnknownPassage } from '@/components/reader/MissingPassageNotices';
import { PageHeading } from '@/components/reader/PageHeading';
import { ParallelTable } from '@/components/reader/ParallelTable';
import { ReadingControls } from '@/components/reader/ReadingControls';
import { SourceRelations } from '@/components/reader/SourceRelations';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { sourceTitle } from '@/lib/i18n/source-name';
import { pageMetadata } from '@/lib/metadata';
import { parallelPageData } from '@/lib/pages/sources';
import { parallelUrl } from '@/lib/urls';
import type { SourceProps } from './source';

/** The page's title and description, naming the work's other versions; nothing for a slug without a parallel page. */
function parallelMetadata(slug: string, locale: Locale): Metadata {
  const data = parallelPageData(slug, locale);
  if (!data) return {};
  const t = messages(locale).parallel;
  const { source, work } = data;
  const others = work.versions
    .filter((version) => version.slug !== source.slug)
    .map((version) => sourceTitle(version.title, version.language));
  const title = sourceTitle(source.title, source.language);
  return pageMetadata({
    title: t.title(title),
    description: t.description(title, others.join(', ')),
    path: parallelUrl(source.slug),
    locale,
  });
}

/**
 * A work's versions side by side, aligned paragraph by paragraph (the build checks they align one to one). Each row's
 * anchor is the passage id of the page's own source, so /sources/<slug>/parallel/#<id> lands on that row; an edited
 * passage's old id lands on its row, a removed one's on a notice.
 */
export function parallelRoute(locale: Locale) {
  const t = messages(locale);

  async function generateMetadata({ params }: SourceProps): Promise<Metadata> {
    return parallelMetadata((await params).slug, locale);
  }

  async function ParallelPage({ params }: SourceProps) {
    const data = parallelPageData((await params).slug, locale);
    if (!data) notFound();
    const { source, work, rows, gone } = data;
    return (
      <>
        <PageHeading
          eyebrow={t.parallel.eyebrow}
          title={sourceTitle(source.title, source.language)}
          lang={source.language}
        >
          <SourceRelations source={source} work={work} locale={locale} inParallel />
          <p className="mt-3">
            <ReadingControls locale={locale} />
          </p>
        </PageHeading>
        <UnknownPassage locale={locale} />
        {gone.map((old) => (
          <RetiredPassage key={old.id} id={old.id} text={old.text} language={source.language} locale={locale} />
        ))}
        {rows.flatMap((row) => row.oldIds.map((oldId) => <span key={oldId} id={oldId} data-alias-of={row.anchor} />))}
        <ParallelTable work={work} rows={rows} locale={locale} />
      </>
    );
  }
  return { generateMetadata, Page: ParallelPage };
}
