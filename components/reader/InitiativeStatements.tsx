import { formatLabel } from '@/lib/content/labels';
import { messages } from '@/lib/i18n/messages';
import { pointAnchor, sourceUrl } from '@/lib/urls';
import { PointEnglish } from './PointEnglish';
import { RowCard } from './RowCard';
import { StatementsSection, type StatementsProps } from './StatementsSection';
import { sourceTitle } from '@/lib/i18n/source-name';

/**
 * "In the Initiative": the points of the official text that state a principle, each with its English as the collection
 * has it (official translation, else an article's wording, else none; PointEnglish), so a reader starts from the
 * Initiative's own words.
 */
export function InitiativeStatements({ statements, principle, locale }: StatementsProps) {
  const t = messages(locale);
  const { work, rows } = statements;
  return (
    <StatementsSection statements={statements} headingId="initiative-heading">
      <h2 id="initiative-heading" className="font-serif text-xl font-semibold">
        {t.principle.inTheInitiative}
      </h2>
      <p className="mb-3 text-sm text-muted">
        <a href={sourceUrl(work.original.slug, locale)} lang={work.original.language}>
          {sourceTitle(work.original.title, work.original.language)}
        </a>
        {work.original.titleEn && <span lang="en">{` (${work.original.titleEn})`}</span>}
        {work.original.publisher && `, ${work.original.publisher}`}
      </p>
      {rows.length === 0 ? (
        <p className="text-muted">{t.principle.notInInitiative}</p>
      ) : (
        <ol className="space-y-6">
          {rows.map((row) => (
            <li key={row.id} id={pointAnchor(row.id)} tabIndex={-1} className="scroll-mt-6">
              <RowCard row={row} principle={principle} group="initiative" locale={locale} />
              {statements.english?.[row.id] && (
                <PointEnglish
                  english={statements.english[row.id]}
                  label={formatLabel(row.label, locale)}
                  principle={principle}
                  locale={locale}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </StatementsSection>
  );
}
