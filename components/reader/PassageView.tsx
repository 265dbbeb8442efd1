import { formatLabel } from '@/lib/content/labels';
import type { Language } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { punctuation } from '@/lib/i18n/punctuation';
import type { PassageDetails } from '@/lib/pages/sources';
import type { SourceRef } from '@/lib/content/refs';
import type { PassageInVersion } from '@/lib/pages/view';
import { principleUrl } from '@/lib/urls';
import { MarkedText } from './MarkedText';
import { localTitle } from '@/lib/i18n/local-title';
import { PrincipleChips } from './PrincipleChips';
import { sourceName } from '@/lib/i18n/messages';
import { SourceAndLabel } from './SourceAndLabel';

const actionClass =
  'inline-flex min-h-6 items-center rounded border border-line bg-surface px-2 py-0.5 text-xs text-muted hover:text-ink focus-visible:text-ink';

function PassageLinks({ intro, passages, locale }: { intro: string; passages: PassageInVersion[]; locale: Locale }) {
  if (passages.length === 0) return null;
  const marks = punctuation(locale);
  return (
    <p className="text-sm text-muted">
      {intro}{' '}
      {passages.map((other, i) => (
        <span key={other.href}>
          {i > 0 && marks.semicolon}
          <a href={other.href} className="break-keep">
            <SourceAndLabel
              name={sourceName(other.source, locale)}
              language={other.source.language}
              label={other.passage.label}
              locale={locale}
            />
          </a>
        </span>
      ))}
    </p>
  );
}

/**
 * One passage in its source, calm by default: its label in the margin (the citable "¶ 3" or "point 2") and its text.
 * Everything else, the principles it states and why, the official points it gives (or their English wordings), the
 * same words elsewhere and the copy actions, sits in a tools panel that the label opens: the label is the <summary> of
 * a <details>, so it works without script and is the passage's one tab stop. The stylesheet places the panel below
 * the text, or beside it on wide screens, where hovering the passage or a link to it shows it too.
 */
export function PassageView({
  source,
  details,
  locale,
}: {
  source: SourceRef;
  details: PassageDetails;
  locale: Locale;
}) {
  const t = messages(locale).passage;
  const { passage } = details;
  const TextTag = passage.kind === 'heading' ? 'h2' : passage.kind === 'blockquote' ? 'blockquote' : 'p';
  return (
    <article id={passage.id} data-passage className="passage relative scroll-mt-6 py-3" tabIndex={-1}>
      {details.oldIds.map((oldId) => (
        <span key={oldId} id={oldId} data-alias-of={passage.id} className="block scroll-mt-6" />
      ))}
      <details className="passage-details">
        <summary className="passage-label text-xs text-muted">
          {formatLabel(passage.label, locale)}
          <span className="sr-only">, {t.tools}</span>
          <span aria-hidden="true" className="passage-more">
            ⋯
          </span>
        </summary>
        <PassageTools source={source} details={details} locale={locale} />
      </details>
      <div className="passage-body min-w-0">
        <TextTag
          lang={source.language}
          className={`passage-text font-serif text-ink ${passage.kind === 'heading' ? 'text-xl font-semibold' : 'text-[1.0625rem] leading-[1.7]'} ${passage.kind === 'blockquote' ? 'border-l-4 border-line pl-4' : ''} ${passage.kind === 'list-item' ? 'list-item ml-5 list-disc' : ''}`}
        >
          <MarkedText passage={passage} shared={details.shared} terms={details.terms} language={source.language} />
        </TextTag>
      </div>
    </article>
  );
}

/** A passage's tools: its principles, permalink, copy and sheet buttons, links elsewhere, and why. */
function PassageTools({ source, details, locale }: { source: SourceRef; details: PassageDetails; locale: Locale }) {
  const t = messages(locale).passage;
  const { passage } = details;
  return (
    <div className="passage-tools space-y-2 text-sm no-print">
      <PrincipleChips principles={details.principles} locale={locale} label={t.principlesStated} />
      <div className="flex flex-wrap gap-1.5">
        <a href={`#${passage.id}`} className={`${actionClass} no-underline`}>
          <span className="sr-only">{t.permalink} </span>
          {passage.id}
        </a>
        <button
          type="button"
          className={actionClass}
          data-copy="link"
          data-label={t.link}
          data-href={details.permalink}
        >
          {t.copyLink}
        </button>
        <button
          type="button"
          className={actionClass}
          data-copy="quote"
          data-label={t.quote}
          data-href={details.permalink}
          data-cite={details.cite}
        >
          {t.copyQuote}
        </button>
        <button
          type="button"
          className={actionClass}
          data-sheet-add={`${source.slug}~${passage.id}`}
          data-added-text={messages(locale).passagePage.inSheet}
        >
          {messages(locale).passagePage.addToSheet}
        </button>
        {details.sideBySide && (
          <a href={details.sideBySide} className={`${actionClass} no-underline`}>
            {t.sideBySide}
          </a>
        )}
      </div>
      <PassageLinks intro={t.renders} passages={details.renders} locale={locale} />
      <PassageLinks intro={t.renderedBy} passages={details.renderedBy} locale={locale} />
      <PassageLinks intro={t.echoes} passages={details.echoes} locale={locale} />
      {details.mentions.length > 0 && (
        <WhyThesePrinciples details={details} language={source.language} locale={locale} />
      )}
    </div>
  );
}

function WhyThesePrinciples({
  details,
  language,
  locale,
}: {
  details: PassageDetails;
  language: Language;
  locale: Locale;
}) {
  const t = messages(locale).passage;
  const marks = punctuation(locale);
  return (
    <details className="text-sm text-muted">
      <summary className="cursor-pointer select-none">{t.why}</summary>
      <ul className="mt-2 space-y-2 pl-4">
        {details.mentions.map(({ principle, evidence, matched, elsewhere }) => (
          <li key={principle.id}>
            <a href={principleUrl(principle.id, locale)}>{localTitle(principle, locale)}</a>
            {marks.colon}
            {evidence.by === 'editor' ? (
              <span>{t.byEditor}</span>
            ) : (
              <span>
                {t.matched}{' '}
                {matched.map((words, i) => (
                  <span key={words}>
                    {i > 0 && marks.listComma}
                    <q lang={language}>{words}</q>
                  </span>
                ))}
                {marks.stop}
              </span>
            )}{' '}
            {elsewhere.length > 0 ? (
              <span>
                {t.alsoIn}{' '}
                {elsewhere.map((other, i) => (
                  <span key={other.href}>
                    {i > 0 && marks.listComma}
                    <a href={other.href} lang={other.work.language} className="break-keep">
                      {sourceName(other.work, locale, true)} ({other.count})
                    </a>
                  </span>
                ))}
                {marks.stop}
              </span>
            ) : (
              <span>{t.nowhereElse}</span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
