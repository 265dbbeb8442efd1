import { formatLabel } from '@/lib/content/labels';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import type { ParallelPageData } from '@/lib/pages/sources';
import { MarkedText } from './MarkedText';

type ParallelRow = ParallelPageData['rows'][number];

/**
 * A work's versions side by side, one row a paragraph: the label, then each version's passage with a link to it in
 * context. Each row's id is the passage id of the page's own source, so a link to that passage lands on its row.
 */
export function ParallelTable({ work, rows, locale }: Pick<ParallelPageData, 'work' | 'rows'> & { locale: Locale }) {
  const t = messages(locale).parallel;
  return (
    <div role="table" aria-label={t.table(work.original.title)} className="text-[1.0625rem]">
      <div
        role="row"
        className="hidden border-b border-line pb-2 text-sm font-semibold text-muted md:grid md:grid-cols-[4rem_1fr_1fr] md:gap-8"
      >
        <span role="columnheader">{t.label}</span>
        {work.versions.map((version, i) => (
          <span role="columnheader" key={version.slug}>
            {i === 0 ? t.original : t.translation}
          </span>
        ))}
      </div>
      {rows.map((row) => (
        <ParallelTableRow key={row.anchor} row={row} locale={locale} />
      ))}
    </div>
  );
}

function ParallelTableRow({ row, locale }: { row: ParallelRow; locale: Locale }) {
  const t = messages(locale).parallel;
  return (
    <div
      role="row"
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
              {t.inContext}
            </a>
          </p>
        </div>
      ))}
    </div>
  );
}
