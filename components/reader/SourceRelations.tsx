import type { Source } from '@/lib/content/schema';
import { getLinks } from '@/lib/links';
import { parallelUrl, sourceUrl } from '@/lib/urls';

/** How a source relates to others: its translation or original, what it discusses, and what discusses it. */
export function SourceRelations({ source, inParallel = false }: { source: Source; inParallel?: boolean }) {
  const links = getLinks();
  const counterpart = links.counterpart.get(source.slug);
  const about = source.about ? links.sourcesBySlug.get(source.about) : undefined;
  const discussedBy = links.discussedBy.get(source.slug) ?? [];
  const items = [
    counterpart && (
      <li key="counterpart">
        {source.translationOf ? 'Translation of ' : 'Translated as '}
        <a href={sourceUrl(counterpart.slug)} lang={counterpart.language}>
          {counterpart.title}
        </a>
        {' · '}
        {inParallel ? (
          <a href={sourceUrl(source.slug)}>Single column</a>
        ) : (
          <a href={parallelUrl(source.slug)}>Read side by side</a>
        )}
      </li>
    ),
    about && (
      <li key="about">
        Discusses{' '}
        <a href={sourceUrl(about.slug)} lang={about.language}>
          {about.title}
        </a>
      </li>
    ),
    discussedBy.length > 0 && (
      <li key="discussed">
        Discussed in{' '}
        {discussedBy.map((other, i) => (
          <span key={other.slug}>
            {i > 0 && ', '}
            <a href={sourceUrl(other.slug)}>{other.title}</a>
          </span>
        ))}
      </li>
    ),
    source.url && (
      <li key="url">
        <a href={source.url} rel="noopener noreferrer" target="_blank">
          Original publication
        </a>
      </li>
    ),
  ].filter(Boolean);
  if (items.length === 0) return null;
  return <ul className="mt-3 space-y-1 text-sm">{items}</ul>;
}
