import { useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { encodeSheet, type SheetRef } from '@/lib/sheet/codec';
import type { LoadedSheet } from '@/lib/sheet/load';
import { sheetUrl } from '@/lib/urls';

export interface ToolbarStrings {
  share: string;
  shareHint: string;
  copyShare: string;
  export: string;
  markdown: string;
  bibtex: string;
  csv: string;
  ris: string;
  csl: string;
  print: string;
}

type Format = 'markdown' | 'bibtex' | 'csv' | 'ris' | 'csl';

const buttonClass = 'rounded border border-line bg-surface px-3 py-1 text-sm text-ink hover:bg-chip';

/** The exports' code loads only when one is asked for: the page itself stays light. */
async function download(format: Format, refs: readonly SheetRef[], sheet: LoadedSheet, locale: Locale) {
  const [exports, { sheetItems }, { localIsoDate }] = await Promise.all([
    import('@/lib/sheet/export'),
    import('@/lib/sheet/items'),
    import('@/lib/citation/take-away'),
  ]);
  const items = sheetItems(refs, sheet, locale, window.location.origin);
  const accessed = localIsoDate(new Date());
  const writers: Record<Format, () => string> = {
    markdown: () => exports.sheetMarkdown(items, locale),
    bibtex: () => exports.sheetBibtex(items),
    csv: () => exports.sheetCsv(items, locale),
    ris: () => exports.sheetRis(items, accessed),
    csl: () => exports.sheetCsl(items, accessed),
  };
  const text = writers[format]();
  const { SHEET_EXPORT_FILES } = exports;
  const { extension, type } = SHEET_EXPORT_FILES[format];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = `quote-sheet.${extension}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

const noSubscription = () => () => {};

interface ToolbarProps {
  refs: readonly SheetRef[];
  sheet: LoadedSheet;
  locale: Locale;
  strings: ToolbarStrings;
}

/** Share the sheet as one link (in this order), export it, or print it. */
export function SheetToolbar({ refs, sheet, locale, strings }: ToolbarProps) {
  return (
    <div className="mb-6 grid gap-4 rounded border border-line bg-surface p-4 text-sm no-print md:grid-cols-2">
      <ShareSection refs={refs} locale={locale} strings={strings} />
      <ExportSection refs={refs} sheet={sheet} locale={locale} strings={strings} />
    </div>
  );
}

/** The sheet's link, shown whole on the reader's own address, with a copy button. */
function ShareSection({ refs, locale, strings }: Omit<ToolbarProps, 'sheet'>) {
  const link = sheetUrl(encodeSheet(refs), locale);
  // The address the reader is on: the link they share works wherever the site is served.
  const shown = useSyncExternalStore(
    noSubscription,
    () => new URL(link, window.location.href).href,
    () => link,
  );
  return (
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
        <button type="button" data-copy="link" data-label={strings.copyShare} data-href={link} className={buttonClass}>
          {strings.copyShare}
        </button>
      </div>
    </section>
  );
}

/** A button per export format (each file made on the click), and print. */
function ExportSection({ refs, sheet, locale, strings }: ToolbarProps) {
  return (
    <section aria-labelledby="sheet-export">
      <h2 id="sheet-export" className="font-semibold">
        {strings.export}
      </h2>
      <div className="mt-2 flex flex-wrap gap-2">
        {(['markdown', 'bibtex', 'csv', 'ris', 'csl'] as const).map((format) => (
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
  );
}
