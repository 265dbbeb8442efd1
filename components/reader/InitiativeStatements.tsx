import { formatLabel } from '@/lib/content/labels';
import type { WorkStatements } from '@/lib/pages/principles';
import { sourceUrl } from '@/lib/urls';
import { MarkedText } from './MarkedText';
import { RowCard } from './RowCard';
import { sourceName } from './SourceLink';

/**
 * "In the Initiative": the points of the official text that state a principle, each with the English wordings that
 * texts in the corpus give of it (editors' renders marks), so a reader starts from the Initiative's own words.
 */
export function InitiativeStatements({ statements, principle }: { statements: WorkStatements; principle: string }) {
  const { work, rows } = statements;
  return (
    <section id={statements.anchor} tabIndex={-1} aria-labelledby="initiative-heading" className="passage mb-10 max-w-[72ch] scroll-mt-6">
      {statements.aliases.map((alias) => (
        <span key={alias} id={alias} data-alias-of={statements.anchor} className="block scroll-mt-6" />
      ))}
      <h2 id="initiative-heading" className="font-serif text-xl font-semibold">
        In the Initiative
      </h2>
      <p className="mb-3 text-sm text-muted">
        <a href={sourceUrl(work.original.slug)} lang={work.original.language}>
          {work.original.title}
        </a>
        {work.original.titleEn && ` (${work.original.titleEn})`}
        {work.original.publisher && `, ${work.original.publisher}`}
      </p>
      {rows.length === 0 ? (
        <p className="text-muted">The Initiative&apos;s text does not state this principle in so many words; the texts below do.</p>
      ) : (
        <ol className="space-y-6">
          {rows.map((row) => (
            <li key={row.id}>
              <RowCard row={row} principle={principle} group="initiative" />
              {row.renderings.length > 0 && (
                <div className="mt-3 ml-5 space-y-3">
                  <p className="text-xs font-semibold uppercase tracking-wider text-muted">In English, as the corpus gives {formatLabel(row.label, 'en')}</p>
                  {row.renderings.map((rendering) => (
                    <figure key={rendering.href} className="border-l-2 border-line pl-3">
                      <blockquote lang={rendering.source.language} className="font-serif leading-[1.7]">
                        <MarkedText passage={rendering.passage} principle={principle} />
                      </blockquote>
                      <figcaption className="mt-1 text-sm">
                        <a href={rendering.href}>
                          {sourceName(rendering.source, true)}, {formatLabel(rendering.passage.label, 'en')}
                        </a>
                      </figcaption>
                    </figure>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
