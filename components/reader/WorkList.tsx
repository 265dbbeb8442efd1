import type { WorkSummary } from '@/lib/pages/view';
import { sourceUrl } from '@/lib/urls';
import { SourceByline } from './SourceByline';
import { CommentaryOn, SourceLink, sourceName } from './SourceLink';

const LANGUAGE_NAMES = { en: 'English', zh: 'Chinese' } as const;

/** The works, one card each: the original with its other languages, and what a commentary comments on. */
export function WorkList({ works, headingLevel = 3 }: { works: WorkSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="divide-y divide-line rounded border border-line bg-surface">
      {works.map((work) => (
        <li key={work.id} className="p-4">
          <Heading className="font-serif text-base font-semibold" lang={work.original.language}>
            <a href={sourceUrl(work.original.slug)}>{sourceName(work.original)}</a>
          </Heading>
          <SourceByline source={work.original} />
          <CommentaryOn work={work} className="text-sm" />
          {work.versions.slice(1).map((version) => (
            <p key={version.slug} className="text-sm">
              Also in {LANGUAGE_NAMES[version.language]}: <SourceLink source={version} />
            </p>
          ))}
          <p className="text-sm text-muted">
            {work.passages} passages, {work.stating} stating a principle
          </p>
        </li>
      ))}
    </ul>
  );
}
