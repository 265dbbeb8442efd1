import { PageHeading } from '@/components/reader/PageHeading';
import { WorkList } from '@/components/reader/WorkList';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { worksData } from '@/lib/pages/home';

/** /sources/: every work, with its versions, as on the home page. */
export function sourcesIndexRoute(locale: Locale) {
  const t = messages(locale).texts;
  const metadata = pageMetadata({ title: t.title, description: t.description, path: '/sources/', locale });
  function SourcesIndexPage() {
    const works = worksData();
    const files = works.reduce((sum, work) => sum + work.versions.length, 0);
    return (
      <>
        <PageHeading eyebrow={t.eyebrow} title={t.title}>
          <p className="mt-3 text-muted">{t.lead(works.length, files)}</p>
        </PageHeading>
        <WorkList works={works} locale={locale} headingLevel={2} />
      </>
    );
  }
  return { metadata, Page: SourcesIndexPage };
}
