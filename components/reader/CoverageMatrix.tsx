import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import type { MatrixData } from '@/lib/pages/home';
import { principleUrl, sourceUrl } from '@/lib/urls';
import { localTitle } from '@/lib/i18n/local-title';
import { sourceName } from '@/lib/i18n/messages';

function shade(count: number): string {
  if (count === 0) return 'shade-0';
  if (count === 1) return 'shade-1';
  if (count === 2) return 'shade-2';
  if (count <= 4) return 'shade-3';
  return 'shade-4';
}

/** Principles × works: each cell shaded by how many passages of the work state the principle, linking to them. */
export function CoverageMatrix({ matrix, locale }: { matrix: MatrixData; locale: Locale }) {
  const t = messages(locale).matrix;
  return (
    <div
      className="max-h-[75vh] overflow-auto rounded border border-line bg-surface md:max-h-none"
      role="region"
      aria-label={t.region}
    >
      <p id="matrix-grid-hint" className="sr-only">
        {messages(locale).matrixGrid.hint}
      </p>
      {/* client/matrix-grid.ts makes the table one tab stop, moved through with the arrow keys (a grid). */}
      <table data-matrix-grid className="w-full border-separate border-spacing-0 text-sm">
        <caption className="sr-only">{t.caption}</caption>
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky top-0 left-0 z-[3] bg-surface p-2 text-left align-bottom font-medium text-muted"
            >
              {t.principle}
            </th>
            {matrix.works.map((work) => (
              <th
                key={work.id}
                scope="col"
                className="sticky top-0 z-[2] min-w-[4.5rem] border-b border-line bg-surface p-2 text-left align-bottom font-medium sm:min-w-[5.5rem]"
              >
                <a
                  href={sourceUrl(work.original.slug, locale)}
                  lang={work.original.language}
                  className="block py-1 text-xs leading-tight text-balance"
                >
                  {sourceName(work.original, locale, true)}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <MatrixRow key={row.principle.id} row={row} works={matrix.works} locale={locale} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One principle's row: its name, then a cell per work with the count of its passages stating it. */
function MatrixRow({
  row: { principle, cells },
  works,
  locale,
}: {
  row: MatrixData['rows'][number];
  works: MatrixData['works'];
  locale: Locale;
}) {
  const t = messages(locale).matrix;
  return (
    <tr>
      <th
        scope="row"
        className="sticky left-0 z-[1] max-w-[9rem] min-w-[6.5rem] border-t border-r border-line bg-surface p-2 text-left font-normal sm:max-w-[14rem]"
      >
        <a href={principleUrl(principle.id, locale)} className="inline-block py-0.5 text-balance">
          {localTitle(principle, locale)}
        </a>
      </th>
      {cells.map(({ count, href }, i) => {
        const work = works[i].original;
        return (
          <td key={work.slug} className={`border-t border-l border-line p-0 text-center ${shade(count)}`}>
            {count > 0 ? (
              <a
                href={href}
                className="block p-2 font-semibold text-inherit no-underline hover:underline"
                aria-label={t.cell(count, sourceName(work, locale, true), localTitle(principle, locale))}
              >
                {count}
              </a>
            ) : (
              <span className="block p-2" aria-label={t.none}>
                ·
              </span>
            )}
          </td>
        );
      })}
    </tr>
  );
}
