import type { Principle, Source, Passage } from '@/lib/content/schema';
import { shortCitation } from '@/lib/citation';
import { getLinks } from '@/lib/links';
import { parallelUrl, passageRef, passageUrl, principleInSourceUrl, principleUrl } from '@/lib/urls';
import { MarkedText } from './MarkedText';
import { mentionedPrinciples, PrincipleChips } from './PrincipleChips';

const actionClass =
  'rounded border border-line bg-surface px-2 py-0.5 text-xs text-muted hover:text-ink focus-visible:text-ink';

/**
 * One passage in its source: anchored text with its evidence marked, the principles it states, why, where else those
 * principles are stated, the same words in other sources, and permalink / copy actions.
 */
export function PassageView({
  source,
  passage,
  principles,
  oldIds = [],
}: {
  source: Source;
  passage: Passage;
  principles: Map<string, Principle>;
  /** Ids this passage had before its text was edited: their links land here. */
  oldIds?: string[];
}) {
  const links = getLinks();
  const echoes = links.echoes.get(passageRef(source.slug, passage.id)) ?? [];
  const counterpart = links.counterpart.get(source.slug);
  const permalink = passageUrl(source.slug, passage.id);
  const shared = echoes.flatMap((echo) => echo.ranges);
  const TextTag = passage.kind === 'heading' ? 'h2' : passage.kind === 'blockquote' ? 'blockquote' : 'p';

  return (
    <article id={passage.id} data-passage className="passage scroll-mt-6 py-3" tabIndex={-1}>
      {oldIds.map((oldId) => (
        <span key={oldId} id={oldId} data-alias-of={passage.id} className="block scroll-mt-6" />
      ))}
      <TextTag
        lang={source.language}
        className={`passage-text font-serif text-ink ${passage.kind === 'heading' ? 'text-xl font-semibold' : 'text-[1.0625rem] leading-[1.7]'} ${passage.kind === 'blockquote' ? 'border-l-4 border-line pl-4' : ''} ${passage.kind === 'list-item' ? 'list-item ml-5 list-disc' : ''}`}
      >
        <MarkedText passage={passage} shared={shared} />
      </TextTag>

      <div className="mt-2 flex flex-wrap items-center gap-2">
        <PrincipleChips principles={mentionedPrinciples(passage.mentions, principles)} />
        <span className="ml-auto flex flex-wrap gap-1.5 no-print">
          <a href={`#${passage.id}`} className={`${actionClass} no-underline`}>
            <span aria-hidden="true">¶ </span>
            <span className="sr-only">Permalink </span>
            {passage.id}
          </a>
          <button type="button" className={actionClass} data-copy="link" data-label="Link" data-href={permalink}>
            Copy link
          </button>
          <button
            type="button"
            className={actionClass}
            data-copy="quote"
            data-label="Quote"
            data-href={permalink}
            data-cite={shortCitation(source)}
          >
            Copy quote
          </button>
          {counterpart && (
            <a href={parallelUrl(source.slug, passage.id)} className={`${actionClass} no-underline`}>
              Side by side
            </a>
          )}
        </span>
      </div>

      {echoes.length > 0 && (
        <p className="mt-2 text-sm text-muted">
          Same words also in:{' '}
          {echoes.map((echo, i) => (
            <span key={`${echo.source.slug}-${echo.passage.id}`}>
              {i > 0 && '; '}
              <a href={passageUrl(echo.source.slug, echo.passage.id)}>{echo.source.title}</a>
            </span>
          ))}
        </p>
      )}

      {passage.mentions.length > 0 && (
        <details className="mt-2 text-sm text-muted">
          <summary className="cursor-pointer select-none">Why these principles, and where else they are stated</summary>
          <ul className="mt-2 space-y-2 pl-4">
            {passage.mentions.map((mention) => {
              const principle = principles.get(mention.principle);
              if (!principle) return null;
              const elsewhere = (links.byPrinciple.get(principle.id) ?? []).filter((group) => group.source.slug !== source.slug);
              return (
                <li key={principle.id}>
                  <a href={principleUrl(principle.id)}>{principle.title}</a>:{' '}
                  {mention.evidence.by === 'editor' ? (
                    <span>annotated by the editor.</span>
                  ) : (
                    <span>
                      matched{' '}
                      {[...new Set(mention.evidence.matches.map((match) => passage.text.slice(match.start, match.end)))].map(
                        (words, i) => (
                          <span key={words}>
                            {i > 0 && ', '}
                            <q lang={source.language}>{words}</q>
                          </span>
                        ),
                      )}
                      .
                    </span>
                  )}{' '}
                  {elsewhere.length > 0 ? (
                    <span>
                      Also stated in{' '}
                      {elsewhere.map((group, i) => (
                        <span key={group.source.slug}>
                          {i > 0 && ', '}
                          <a href={principleInSourceUrl(principle.id, group.source.slug)}>
                            {group.source.title} ({group.passages.length})
                          </a>
                        </span>
                      ))}
                      .
                    </span>
                  ) : (
                    <span>No other source states it.</span>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </article>
  );
}
