import type { SourceRef } from '@/lib/pages/view';
import { sourceUrl } from '@/lib/urls';

type Named = Pick<SourceRef, 'title' | 'shortTitle' | 'about'>;

/**
 * A source's name in lists and links: its title, or its short title where room is scarce. A commentary on another text
 * may carry nearly that text's title (the He Yin commentary does), so its full title says that it is a commentary.
 */
export function sourceName(source: Named, short = false): string {
  if (short && source.shortTitle) return source.shortTitle;
  return source.about ? `${source.title} (commentary)` : source.title;
}

/** A link to a source's page under its name, marked with the source's language. */
export function SourceLink({ source, short = false }: { source: Named & Pick<SourceRef, 'slug' | 'language'>; short?: boolean }) {
  return (
    <a href={sourceUrl(source.slug)} lang={source.language}>
      {sourceName(source, short)}
    </a>
  );
}

/** "Commentary on <work>", where a work comments on another. */
export function CommentaryOn({ work, className }: { work: { commentaryOn?: SourceRef }; className?: string }) {
  if (!work.commentaryOn) return null;
  return (
    <p className={className}>
      Commentary on <SourceLink source={work.commentaryOn} />
    </p>
  );
}
