import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { localTitle } from '@/lib/i18n/local-title';
import { ReadingControls } from '@/components/reader/ReadingControls';
import { RowCard } from '@/components/reader/RowCard';
import { SourceByline } from '@/components/reader/SourceByline';
import { sourceName } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { comparePageData } from '@/lib/pages/principles';
import { compareUrl, principleUrl, sourceUrl } from '@/lib/urls';
import { PrincipleHeading, type PrincipleProps } from './principles';

/**
 * Every work's statements of one principle. Wide screens show them in a grid that wraps, every work in view; a phone
 * shows one work at a time in a sideways-snapping row, with a switch of links to each.
 */
// eslint-disable-next-line max-lines-per-function -- split pending (issue 20 item 4)
export function compareRoute(locale: Locale) {
  const t = messages(locale);

  async function generateMetadata({ params }: PrincipleProps): Promise<Metadata> {
    const data = comparePageData((await params).id, locale);
    if (!data) return {};
    const name = localTitle(data.principle, locale);
    return pageMetadata({
      title: t.compare.title(name),
      description: `${t.compare.description(name)} ${locale === 'zh' ? data.principle.summaryZh : data.principle.summary}`,
      path: compareUrl(data.principle.id),
      locale,
      image: { path: data.card, alt: t.compare.title(name) },
    });
  }

  // eslint-disable-next-line max-lines-per-function -- split pending (issue 20 item 4)
  async function ComparePage({ params }: PrincipleProps) {
    const data = comparePageData((await params).id, locale);
    if (!data) notFound();
    const { principle, columns } = data;
    return (
      <>
        <PrincipleHeading principle={principle} locale={locale} eyebrow={t.compare.eyebrow}>
          <p className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <a href={principleUrl(principle.id, locale)} className="inline-flex min-h-6 items-center">
              {t.compare.back}
            </a>
            <ReadingControls locale={locale} />
          </p>
        </PrincipleHeading>
        {columns.length === 0 ? (
          <p className="text-muted">{t.principle.none}</p>
        ) : (
          <>
            <nav aria-label={t.compare.choose} className="mb-3 flex flex-wrap gap-2 text-sm md:hidden">
              {columns.map(({ work }) => (
                <a
                  key={work.id}
                  href={`#col-${work.id}`}
                  lang={work.original.language}
                  className="inline-flex min-h-6 items-center rounded border border-line bg-surface px-2 py-1 no-underline"
                >
                  {sourceName(work.original, locale, true)}
                </a>
              ))}
            </nav>
            <div
              className="relative -mx-4 flex items-start snap-x snap-mandatory gap-4 overflow-x-auto px-4 pb-2 md:mx-0 md:grid md:grid-cols-2 md:items-start md:overflow-visible md:px-0 xl:grid-cols-3"
              role="region"
              aria-label={t.compare.region}
              tabIndex={0}
            >
              {columns.map(({ work, rows, anchor }) => (
                <section
                  key={work.id}
                  id={`col-${work.id}`}
                  tabIndex={-1}
                  aria-labelledby={`compare-${work.id}`}
                  className="w-full min-w-0 shrink-0 snap-start rounded border border-line bg-surface p-4 md:w-auto"
                >
                  <h2
                    id={`compare-${work.id}`}
                    className="font-serif text-base font-semibold text-balance"
                    lang={work.original.language}
                  >
                    <a href={sourceUrl(work.original.slug, locale)}>{sourceName(work.original, locale, true)}</a>
                  </h2>
                  <SourceByline source={work.original} locale={locale} className="mb-3" />
                  <div className="space-y-4">
                    {rows.map((row) => (
                      <RowCard key={row.id} row={row} principle={principle.id} group={anchor} locale={locale} />
                    ))}
                  </div>
                </section>
              ))}
            </div>
          </>
        )}
      </>
    );
  }
  return { generateMetadata, Page: ComparePage };
}
