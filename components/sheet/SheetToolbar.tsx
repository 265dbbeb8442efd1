import { useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { encodeSheet, type SheetRef } from '@/lib/sheet/codec';
import type { SheetItem } from '@/lib/sheet/export';
import type { LoadedSheet } from '@/lib/sheet/load';
import { passagePageUrl, sheetUrl, sourceUrl } from '@/lib/urls';

export interface ToolbarStrings {
  share: string;
  shareHint: string;
  copyShare: string;
  export: string;
  markdown: string;
  bibtex: string;
  csv: string;
  print: string;
}

type Format = 'markdown' | 'bibtex' | 'csv';

const buttonClass = 'rounded border border-line bg-surface px-3 py-1 text-sm text-ink hover:bg-chip';

/** The sheet's entries as the exports take them: plain data with absolute links to the published site. */
function itemsOf(refs: readonly SheetRef[], sheet: LoadedSheet, locale: Locale): SheetItem[] {
  const { site, principles } = sheet.catalogue;
  return refs.flatMap((ref) => {
    const file = sheet.sources.get(ref.slug);
    const passage = file?.passages[ref.id];
    if (!file || !passage) return [];
    return [
      {
        quote: passage.text,
        language: file.source.language,
        source: file.source,
        sourcePermalink: `${site}${sourceUrl(ref.slug)}`,
        label: passage.label,
        principles: principles.filter((principle) => passage.principles.includes(principle.id)),
        permalink: `${site}${passagePageUrl(ref.slug, ref.id, locale)}`,
      },
    ];
  });
}

/** The exports' code loads only when one is asked for: the page itself stays light. */
async function download(format: Format, refs: readonly SheetRef[], sheet: LoadedSheet, locale: Locale) {
  const { sheetBibtex, sheetCsv, sheetMarkdown, SHEET_EXPORT_FILES } = await import('@/lib/sheet/export');
  const items = itemsOf(refs, sheet, locale);
  const text =
    format === 'markdown'
      ? sheetMarkdown(items, locale)
      : format === 'bibtex'
        ? sheetBibtex(items)
        : sheetCsv(items, locale);
  const { extension, type } = SHEET_EXPORT_FILES[format];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = `quote-sheet.${extension}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

const noSubscription = () => () => {};

/** Share the sheet as one link (in this order), export it, or print it. */
// eslint-disable-next-line max-lines-per-function -- split pending (issue 20 item 4)
export function SheetToolbar({
  refs,
  sheet,
  locale,
  strings,
}: {
  refs: readonly SheetRef[];
  sheet: LoadedSheet;
  locale: Locale;
  strings: ToolbarStrings;
}) {
  const link = sheetUrl(encodeSheet(refs), locale);
  // The address the reader is on: the link they share works wherever the site is served.
  const shown = useSyncExternalStore(
    noSubscription,
    () => new URL(link, window.location.href).href,
    () => link,
  );
  return (
    <div className="mb-6 grid gap-4 rounded border border-line bg-surface p-4 text-sm no-print md:grid-cols-2">
      <section aria-labelledby="sheet-share">
        <h2 id="sheet-share" className="font-semibold">
          {strings.share}
        </h2>
        <p className="text-muted">{strings.shareHint}</p>
        <div className="mt-2 flex gap-2">
          <label htmlFor="sheet-link" className="sr-only">
            {strings.share}
          </label>
          <input
            id="sheet-link"
            readOnly
            value={shown}
            className="min-w-0 flex-1 rounded border border-line bg-page px-2 py-1 font-mono text-xs"
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            data-copy="link"
            data-label={strings.copyShare}
            data-href={link}
            className={buttonClass}
          >
            {strings.copyShare}
          </button>
        </div>
      </section>
      <section aria-labelledby="sheet-export">
        <h2 id="sheet-export" className="font-semibold">
          {strings.export}
        </h2>
        <div className="mt-2 flex flex-wrap gap-2">
          {(['markdown', 'bibtex', 'csv'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className={buttonClass}
              onClick={() => download(format, refs, sheet, locale)}
            >
              {strings[format]}
            </button>
          ))}
          <button type="button" className={buttonClass} onClick={() => window.print()}>
            {strings.print}
          </button>
        </div>
      </section>
    </div>
  );
}
