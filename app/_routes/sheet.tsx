import { PageHeading } from '@/components/reader/PageHeading';
import { SheetApp } from '@/components/sheet/SheetApp';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';

/** The quote sheet's page: a static shell; the sheet itself is in the link (?p=) or in the reader's browser. */
export function sheetRoute(locale: Locale) {
  const t = messages(locale);
  const metadata = pageMetadata({ title: t.sheet.title, description: t.sheet.description, path: '/sheet/', locale });
  const { nav: _nav, navCount: _navCount, title: _title, description: _description, lead: _lead, ...strings } = t.sheet;
  const { takenOut: _takenOut, ...sheetEdit } = t.sheetEdit;
  function SheetPage() {
    return (
      <div className="max-w-[80ch]">
        <PageHeading eyebrow={t.siteName} title={t.sheet.title}>
          <p className="mt-3 text-muted no-print">{t.sheet.lead}</p>
        </PageHeading>
        <SheetApp
          locale={locale}
          strings={{
            ...strings,
            ...sheetEdit,
            commentary: t.source.commentary,
            principlesLabel: t.passage.principlesStated,
            ris: t.takeAway.ris,
            csl: t.takeAway.csl,
          }}
        />
      </div>
    );
  }
  return { metadata, Page: SheetPage };
}
