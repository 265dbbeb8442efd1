import { formatLabel } from '@/lib/content/labels';
import type { PassageDetails } from '@/lib/pages/sources';
import type { PassageInVersion, SourceRef } from '@/lib/pages/view';
import { principleUrl } from '@/lib/urls';
import { MarkedText } from './MarkedText';
import { PrincipleChips } from './PrincipleChips';
import { sourceName } from './SourceLink';

const actionClass =
  'rounded border border-line bg-surface px-2 py-0.5 text-xs text-muted hover:text-ink focus-visible:text-ink';

function PassageLinks({ intro, passages }: { intro: string; passages: PassageInVersion[] }) {
  if (passages.length === 0) return null;
  return (
    <p className="mt-2 text-sm text-muted">
      {intro}{' '}
      {passages.map((other, i) => (
        <span key={other.href}>
          {i > 0 && '; '}
          <a href={other.href} lang={other.source.language}>
            {sourceName(other.source)}, {formatLabel(other.passage.label, 'en')}
          </a>
        </span>
      ))}
    </p>
  );
}

/**
 * One passage in its source: its label in the margin (the citable "¶ 3" or "point 2", linking to the passage), the
 * text with its evidence marked, the principles it states and why, the official points it gives in English (or the
 * English wordings of this point), the same words in other works, and permalink / copy actions.
 */
export function PassageView({ source, details }: { source: SourceRef; details: PassageDetails }) {
  const { passage } = details;
  const TextTag = passage.kind === 'heading' ? 'h2' : passage.kind === 'blockquote' ? 'blockquote' : 'p';
  return (
    <article id={passage.id} data-passage className="passage scroll-mt-6 py-3 sm:grid sm:grid-cols-[5.5rem_minmax(0,1fr)] sm:gap-x-4" tabIndex={-1}>
      {details.oldIds.map((oldId) => (
        <span key={oldId} id={oldId} data-alias-of={passage.id} className="block scroll-mt-6" />
      ))}
      <a href={`#${passage.id}`} className="passage-label block pt-1 text-xs text-muted no-underline hover:underline sm:text-right">
        {formatLabel(passage.label, 'en')}
      </a>
      <div className="min-w-0">
        <TextTag
          lang={source.language}
          className={`passage-text font-serif text-ink ${passage.kind === 'heading' ? 'text-xl font-semibold' : 'text-[1.0625rem] leading-[1.7]'} ${passage.kind === 'blockquote' ? 'border-l-4 border-line pl-4' : ''} ${passage.kind === 'list-item' ? 'list-item ml-5 list-disc' : ''}`}
        >
          <MarkedText passage={passage} shared={details.shared} />
        </TextTag>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <PrincipleChips principles={details.principles} />
          <span className="ml-auto flex flex-wrap gap-1.5 no-print">
            <a href={`#${passage.id}`} className={`${actionClass} no-underline`}>
              <span className="sr-only">Permalink </span>
              {passage.id}
            </a>
            <button type="button" className={actionClass} data-copy="link" data-label="Link" data-href={details.permalink}>
              Copy link
            </button>
            <button type="button" className={actionClass} data-copy="quote" data-label="Quote" data-href={details.permalink} data-cite={details.cite}>
              Copy quote
            </button>
            {details.sideBySide && (
              <a href={details.sideBySide} className={`${actionClass} no-underline`}>
                Side by side
              </a>
            )}
          </span>
        </div>
        <PassageLinks intro="Gives the words of:" passages={details.renders} />
        <PassageLinks intro="In English in:" passages={details.renderedBy} />
        <PassageLinks intro="Same words also in:" passages={details.echoes} />
        {details.mentions.length > 0 && <WhyThesePrinciples details={details} language={source.language} />}
      </div>
    </article>
  );
}

function WhyThesePrinciples({ details, language }: { details: PassageDetails; language: string }) {
  return (
    <details className="mt-2 text-sm text-muted">
      <summary className="cursor-pointer select-none">Why these principles, and where else they are stated</summary>
      <ul className="mt-2 space-y-2 pl-4">
        {details.mentions.map(({ principle, evidence, matched, elsewhere }) => (
          <li key={principle.id}>
            <a href={principleUrl(principle.id)}>{principle.title}</a>:{' '}
            {evidence.by === 'editor' ? (
              <span>annotated by the editor.</span>
            ) : (
              <span>
                matched{' '}
                {matched.map((words, i) => (
                  <span key={words}>
                    {i > 0 && ', '}
                    <q lang={language}>{words}</q>
                  </span>
                ))}
                .
              </span>
            )}{' '}
            {elsewhere.length > 0 ? (
              <span>
                Also stated in{' '}
                {elsewhere.map((other, i) => (
                  <span key={other.href}>
                    {i > 0 && ', '}
                    <a href={other.href} lang={other.work.language}>
                      {sourceName(other.work, true)} ({other.count})
                    </a>
                  </span>
                ))}
                .
              </span>
            ) : (
              <span>No other work states it.</span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
