import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MarkedText } from '@/components/reader/MarkedText';
import { RetiredPassage, UnknownPassage } from '@/components/reader/MissingPassageNotices';
import { PageHeading } from '@/components/reader/PageHeading';
import { ReadingControls } from '@/components/reader/ReadingControls';
import { SourceRelations } from '@/components/reader/SourceRelations';
import { formatLabel } from '@/lib/content/labels';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { parallelPageData } from '@/lib/pages/sources';
import { parallelUrl } from '@/lib/urls';
import type { SourceProps } from './source';
import { sourceTitle } from '@/lib/i18n/source-name';

/**
 * A work's versions side by side, aligned paragraph by paragraph (the build checks they align one to one). Each row's
 * anchor is the passage id of the page's own source, so /sources/<slug>/parallel/#<id> lands on that row; an edited
 * passage's old id lands on its row, a removed one's on a notice.
 */
// eslint-disable-next-line max-lines-per-function -- split pending (issue 20 item 4)
export function parallelRoute(locale: Locale) {
  const t = messages(locale);

  async function generateMetadata({ params }: SourceProps): Promise<Metadata> {
    const data = parallelPageData((await params).slug, locale);
    if (!data) return {};
    const { source, work } = data;
    const others = work.versions
      .filter((version) => version.slug !== source.slug)
      .map((version) => sourceTitle(version.title, version.language));
    const title = sourceTitle(source.title, source.language);
    return pageMetadata({
      title: t.parallel.title(title),
      description: t.parallel.description(title, others.join(', ')),
      path: parallelUrl(source.slug),
      locale,
    });
  }

  // eslint-disable-next-line max-lines-per-function -- split pending (issue 20 item 4)
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
        <div role="table" aria-label={t.parallel.table(work.original.title)} className="text-[1.0625rem]">
          <div
            role="row"
            className="hidden border-b border-line pb-2 text-sm font-semibold text-muted md:grid md:grid-cols-[4rem_1fr_1fr] md:gap-8"
          >
            <span role="columnheader">{t.parallel.label}</span>
            {work.versions.map((version, i) => (
              <span role="columnheader" key={version.slug}>
                {i === 0 ? t.parallel.original : t.parallel.translation}
              </span>
            ))}
          </div>
          {rows.map((row) => (
            <div
              role="row"
              key={row.anchor}
              id={row.anchor}
              tabIndex={-1}
              className="passage grid scroll-mt-6 gap-3 border-b border-line/60 py-4 md:grid-cols-[4rem_1fr_1fr] md:gap-8"
            >
              <span role="rowheader" className="text-xs text-muted">
                {formatLabel(row.label, locale)}
              </span>
              {row.versions.map((version) => (
                <div role="cell" key={version.source.slug} data-passage>
                  <p lang={version.source.language} className="passage-text font-serif leading-[1.8]">
                    <MarkedText passage={version.passage} language={version.source.language} />
                  </p>
                  <p className="mt-2 text-xs">
                    <a href={version.href} className="text-muted">
                      {t.parallel.inContext}
                    </a>
                  </p>
                </div>
              ))}
            </div>
          ))}
        </div>
      </>
    );
  }
  return { generateMetadata, Page: ParallelPage };
}
