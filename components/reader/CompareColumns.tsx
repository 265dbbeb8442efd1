import type { Locale } from '@/lib/i18n/locales';
import { messages, sourceName } from '@/lib/i18n/messages';
import type { WorkStatements } from '@/lib/pages/principles';
import { sourceUrl } from '@/lib/urls';
import { RowCard } from './RowCard';
import { SourceByline } from './SourceByline';

/**
 * Every work's statements of one principle, a column each. Wide screens show them in a grid that wraps, every work in
 * view; a phone shows one work at a time in a sideways-snapping row, with a switch of links to each.
 */
export function CompareColumns({
  columns,
  principle,
  locale,
}: {
  columns: WorkStatements[];
  principle: string;
  locale: Locale;
}) {
  const t = messages(locale).compare;
  return (
    <>
      <nav aria-label={t.choose} className="mb-3 flex flex-wrap gap-2 text-sm md:hidden">
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
        aria-label={t.region}
        tabIndex={0}
      >
        {columns.map((column) => (
          <CompareColumn key={column.work.id} column={column} principle={principle} locale={locale} />
        ))}
      </div>
    </>
  );
}

function CompareColumn({ column, principle, locale }: { column: WorkStatements; principle: string; locale: Locale }) {
  const { work, rows, anchor } = column;
  return (
    <section
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
          <RowCard key={row.id} row={row} principle={principle} group={anchor} locale={locale} />
        ))}
      </div>
    </section>
  );
}
