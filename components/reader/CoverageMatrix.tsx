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
// eslint-disable-next-line max-lines-per-function -- split pending (issue 20 item 4)
export function CoverageMatrix({ matrix, locale }: { matrix: MatrixData; locale: Locale }) {
  const t = messages(locale).matrix;
  return (
    <div
      className="overflow-x-auto rounded border border-line bg-surface"
      role="region"
      aria-label={t.region}
      tabIndex={0}
    >
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-[1] bg-surface p-2 text-left font-medium text-muted">
              {t.principle}
            </th>
            {matrix.works.map((work) => (
              <th key={work.id} scope="col" className="min-w-[5.5rem] p-2 text-left align-bottom font-medium">
                <a
                  href={sourceUrl(work.original.slug, locale)}
                  lang={work.original.language}
                  className="text-xs leading-tight"
                >
                  {sourceName(work.original, locale, true)}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map(({ principle, cells }) => (
            <tr key={principle.id} className="border-t border-line">
              <th scope="row" className="sticky left-0 z-[1] max-w-[14rem] bg-surface p-2 text-left font-normal">
                <a href={principleUrl(principle.id, locale)}>{localTitle(principle, locale)}</a>
              </th>
              {cells.map(({ count, href }, i) => {
                const work = matrix.works[i].original;
                return (
                  <td key={work.slug} className={`border-l border-line p-0 text-center ${shade(count)}`}>
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
