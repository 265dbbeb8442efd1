import { formatLabel } from '@/lib/content/labels';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { inBrackets } from '@/lib/i18n/punctuation';
import type { RowView } from '@/lib/pages/view';
import { MarkedText } from './MarkedText';

/**
 * One paragraph of a work, quoted away from its source (principle and compare pages), in every language the work has:
 * side by side where the card is wide enough; where it is not (a phone, a compare column) one at a time, with a switch
 * (radio buttons, no script: the stylesheet shows the chosen version). Links lead back to each version in context.
 */
export function RowCard({
  row,
  principle,
  group,
  locale,
  actions = true,
}: {
  row: RowView;
  principle?: string;
  group: string;
  locale: Locale;
  actions?: boolean;
}) {
  const t = messages(locale);
  const several = row.versions.length > 1;
  return (
    <figure data-passage className="row-card @container border-l-4 border-line py-1 pl-4">
      {several && (
        <fieldset className="lang-switch mb-2 flex gap-3 text-sm">
          <legend className="sr-only">{t.passage.languageShown}</legend>
          {row.versions.map((version, i) => (
            <label key={version.source.slug} className="flex items-center gap-1">
              <input type="radio" name={`${group}-${row.id}`} value={i} defaultChecked={i === 0} />
              {t.languages[version.source.language]}
            </label>
          ))}
        </fieldset>
      )}
      <div className={several ? 'versions gap-6 @xl:grid @xl:grid-cols-2' : undefined}>
        {row.versions.map((version, i) => (
          <blockquote
            key={version.source.slug}
            data-version={i}
            lang={version.source.language}
            className="passage-text font-serif text-[1.0625rem] leading-[1.7]"
          >
            <MarkedText passage={version.passage} principle={principle} language={version.source.language} />
          </blockquote>
        ))}
      </div>
      <figcaption className="mt-1 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm no-print">
        <span className="text-muted">{formatLabel(row.label, locale)}</span>
        {actions && <RowActions row={row} locale={locale} />}
      </figcaption>
    </figure>
  );
}

/** Each version in context, and the passage's own link and sheet button. */
function RowActions({ row, locale }: { row: RowView; locale: Locale }) {
  const t = messages(locale);
  const several = row.versions.length > 1;
  return (
    <>
      {row.versions.map((version) => (
        <a key={version.source.slug} href={version.href}>
          {t.passage.readInContext}
          {several && inBrackets(t.languages[version.source.language], locale)}
        </a>
      ))}
      <button
        type="button"
        data-copy="link"
        data-label={t.passage.link}
        data-href={row.versions[0].page}
        className="text-muted hover:text-ink"
      >
        {t.passage.copyLink}
      </button>
      <button
        type="button"
        data-sheet-add={`${row.versions[0].source.slug}~${row.versions[0].passage.id}`}
        data-added-text={t.passagePage.inSheet}
        className="text-muted hover:text-ink"
      >
        {t.passagePage.addToSheet}
      </button>
    </>
  );
}
