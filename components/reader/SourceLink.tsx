import type { SourceRef } from '@/lib/pages/view';
import { sourceUrl } from '@/lib/urls';

/** A link to a source's page under its title (or short title), marked with the source's language. */
export function SourceLink({ source, short = false }: { source: Pick<SourceRef, 'slug' | 'title' | 'shortTitle' | 'language'>; short?: boolean }) {
  return (
    <a href={sourceUrl(source.slug)} lang={source.language}>
      {short ? (source.shortTitle ?? source.title) : source.title}
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
