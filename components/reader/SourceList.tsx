import type { Source } from '@/lib/content/schema';
import { sourceUrl } from '@/lib/urls';
import { SourceByline } from './SourceByline';

export function SourceList({ sources, headingLevel = 3 }: { sources: Source[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="divide-y divide-line rounded border border-line bg-surface">
      {sources.map((source) => {
        const tagged = source.passages.filter((passage) => passage.mentions.length > 0).length;
        return (
          <li key={source.slug} className="p-4">
            <Heading className="font-serif text-base font-semibold" lang={source.language}>
              <a href={sourceUrl(source.slug)}>{source.title}</a>
            </Heading>
            <SourceByline source={source} />
            <p className="text-sm text-muted">
              {source.passages.length} passages, {tagged} stating a principle
            </p>
          </li>
        );
      })}
    </ul>
  );
}
