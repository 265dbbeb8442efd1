import type { Passage, Source } from '@/lib/content/schema';
import { passageUrl } from '@/lib/urls';
import { MarkedText } from './MarkedText';

/** A passage quoted away from its source (principle and compare pages), with the way back to it in context. */
export function PassageQuote({ source, passage, principle }: { source: Source; passage: Passage; principle?: string }) {
  const permalink = passageUrl(source.slug, passage.id);
  return (
    <figure data-passage className="border-l-4 border-line py-1 pl-4">
      <blockquote lang={source.language} className="passage-text font-serif text-[1.0625rem] leading-[1.7]">
        <MarkedText passage={passage} principle={principle} />
      </blockquote>
      <figcaption className="mt-1 flex flex-wrap gap-3 text-sm no-print">
        <a href={permalink}>Read in context</a>
        <button type="button" data-copy="link" data-label="Link" data-href={permalink} className="text-muted hover:text-ink">
          Copy link
        </button>
      </figcaption>
    </figure>
  );
}
