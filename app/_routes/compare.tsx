import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CompareColumns } from '@/components/reader/CompareColumns';
import { PrincipleHeading } from '@/components/reader/PrincipleHeading';
import { ReadingControls } from '@/components/reader/ReadingControls';
import { localTitle } from '@/lib/i18n/local-title';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { comparePageData } from '@/lib/pages/principles';
import { compareUrl, principleUrl } from '@/lib/urls';
import type { PrincipleProps } from './principles';

/** The title, the description (what it compares, then the summary) and the card; nothing for an unknown id. */
function compareMetadata(id: string, locale: Locale): Metadata {
  const data = comparePageData(id, locale);
  if (!data) return {};
  const t = messages(locale).compare;
  const name = localTitle(data.principle, locale);
  return pageMetadata({
    title: t.title(name),
    description: `${t.description(name)} ${locale === 'zh' ? data.principle.summaryZh : data.principle.summary}`,
    path: compareUrl(data.principle.id),
    locale,
    image: { path: data.card, alt: t.title(name) },
  });
}

/** Every work's statements of one principle, side by side (CompareColumns). */
export function compareRoute(locale: Locale) {
  const t = messages(locale);

  async function generateMetadata({ params }: PrincipleProps): Promise<Metadata> {
    return compareMetadata((await params).id, locale);
  }

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
          <CompareColumns columns={columns} principle={principle.id} locale={locale} />
        )}
      </>
    );
  }
  return { generateMetadata, Page: ComparePage };
}
