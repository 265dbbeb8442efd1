import type { Principle } from '@/lib/content/schema';
import { getLinks } from '@/lib/links';
import { principleUrl } from '@/lib/urls';

/** The principles with how many sources and passages state each; summaries on the index page. */
export function PrincipleList({
  principles,
  withSummary = false,
  headingLevel = 3,
}: {
  principles: Principle[];
  withSummary?: boolean;
  /** 2 on a page where the list is the main content, 3 under a section heading. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { byPrinciple } = getLinks();
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {principles.map((principle) => {
        const groups = byPrinciple.get(principle.id) ?? [];
        const passages = groups.reduce((sum, group) => sum + group.passages.length, 0);
        return (
          <li key={principle.id} className="rounded border border-line bg-surface p-4">
            <Heading className="font-serif text-base font-semibold">
              <a href={principleUrl(principle.id)}>{principle.title}</a>
            </Heading>
            <p lang="zh" className="text-sm text-muted">
              {principle.titleZh}
            </p>
            <p className="mt-1 text-sm text-muted">
              {passages} passage{passages === 1 ? '' : 's'} in {groups.length} source{groups.length === 1 ? '' : 's'}
            </p>
            {withSummary && <p className="mt-2 text-sm leading-relaxed">{principle.summary}</p>}
          </li>
        );
      })}
    </ul>
  );
}
