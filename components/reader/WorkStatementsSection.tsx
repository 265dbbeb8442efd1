import { formatLabel } from '@/lib/content/labels';
import { messages } from '@/lib/i18n/messages';
import { sourceUrl } from '@/lib/urls';
import { RowCard } from './RowCard';
import { SourceByline } from './SourceByline';
import { StatementsSection, type StatementsProps } from './StatementsSection';
import { sourceName } from '@/lib/i18n/messages';
import { CommentaryOn } from './SourceLink';

/** One work's statements of a principle on the principle's page; `#in-<slug>` of any of its versions lands here. */
export function WorkStatementsSection({ statements, principle, locale }: StatementsProps) {
  const { work, rows, anchor } = statements;
  return (
    <StatementsSection statements={statements} headingId={`${anchor}-heading`}>
      <h2 id={`${anchor}-heading`} className="font-serif text-xl font-semibold" lang={work.original.language}>
        <a href={sourceUrl(work.original.slug, locale)}>{sourceName(work.original, locale)}</a>
      </h2>
      <SourceByline source={work.original} locale={locale} />
      <CommentaryOn work={work} locale={locale} className="text-sm text-muted" />
      <div className="mt-3 space-y-5">
        {rows.map((row) => (
          <RowCard key={row.id} row={row} principle={principle} group={anchor} locale={locale} />
        ))}
        {statements.shownAbove?.map(({ row, point, anchor: pointAt }) => (
          <p key={row.id} className="border-l-4 border-line py-1 pl-4 text-sm text-muted">
            <a href={`#${pointAt}`}>
              {messages(locale).takeAway.quotedAbove(formatLabel(row.label, locale), formatLabel(point, locale))}
            </a>
          </p>
        ))}
      </div>
    </StatementsSection>
  );
}
