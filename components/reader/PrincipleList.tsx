import type { PrincipleListItem } from '@/lib/pages/principles';
import { principleUrl } from '@/lib/urls';

/** The principles with how many works and passages state each; summaries on the index page. */
export function PrincipleList({
  principles,
  withSummary = false,
  headingLevel = 3,
}: {
  principles: PrincipleListItem[];
  withSummary?: boolean;
  /** 2 on a page where the list is the main content, 3 under a section heading. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {principles.map((principle) => (
        <li key={principle.id} className="rounded border border-line bg-surface p-4">
          <Heading className="font-serif text-base font-semibold">
            <a href={principleUrl(principle.id)}>{principle.title}</a>
          </Heading>
          <p lang="zh" className="text-sm text-muted">
            {principle.titleZh}
          </p>
          <p className="mt-1 text-sm text-muted">
            {principle.counts.passages} passage{principle.counts.passages === 1 ? '' : 's'} in {principle.counts.works} work
            {principle.counts.works === 1 ? '' : 's'}
          </p>
          {withSummary && <p className="mt-2 text-sm leading-relaxed">{principle.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
