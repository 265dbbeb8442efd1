import type { SourceRef, WorkSummary } from '@/lib/pages/view';
import { parallelUrl, sourceUrl } from '@/lib/urls';
import { SourceLink } from './SourceLink';

/** How a source relates to others: the other versions of its work, what it comments on, and what comments on it. */
export function SourceRelations({ source, work, inParallel = false }: { source: SourceRef; work: WorkSummary; inParallel?: boolean }) {
  const others = work.versions.filter((version) => version.slug !== source.slug);
  const items = [
    others.length > 0 && (
      <li key="versions">
        {source.translationOf ? 'Translation of ' : 'Translated as '}
        {others.map((other, i) => (
          <span key={other.slug}>
            {i > 0 && ', '}
            <SourceLink source={other} />
          </span>
        ))}
        {' · '}
        {inParallel ? <a href={sourceUrl(source.slug)}>Single column</a> : <a href={parallelUrl(source.slug)}>Read side by side</a>}
      </li>
    ),
    work.commentaryOn && (
      <li key="about">
        Commentary on <SourceLink source={work.commentaryOn} />
      </li>
    ),
    work.commentaries.length > 0 && (
      <li key="commentaries">
        Discussed in{' '}
        {work.commentaries.map((other, i) => (
          <span key={other.slug}>
            {i > 0 && ', '}
            <SourceLink source={other} short />
          </span>
        ))}
      </li>
    ),
  ].filter(Boolean);
  if (items.length === 0) return null;
  return <ul className="mt-3 space-y-1 text-sm">{items}</ul>;
}
