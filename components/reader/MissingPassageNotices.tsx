import { excerpt } from '@/lib/metadata';
import { searchUrl } from '@/lib/urls';

/**
 * Where a link to a removed passage lands: hidden until its id is the URL's target, it says what happened, shows the
 * words the passage had, and offers a search for them, so an old citation never ends at nothing.
 */
/**
 * Where a link to a passage id this source never had lands (shown by TargetFocus, which fills in the id): most often a
 * link cut short when it was pasted.
 */
export function UnknownPassage() {
  return (
    <aside id="unknown-passage" hidden tabIndex={-1} className="passage mb-6 rounded border border-line bg-surface p-4 text-sm">
      <p className="font-semibold">
        This source has no passage <code data-missing-id />.
      </p>
      <p className="mt-2">The link may have been cut short or mistyped. The whole source is below; the search finds any quote.</p>
    </aside>
  );
}

export function RetiredPassage({ id, text, language }: { id: string; text: string; language: string }) {
  const words = text.split(/\s+/).slice(0, 8).join(' ');
  return (
    <aside id={id} tabIndex={-1} className="retired-notice passage mb-6 rounded border border-line bg-surface p-4 text-sm">
      <p className="font-semibold">The passage this link pointed to is no longer in this source.</p>
      <p className="mt-2">
        It read: <q lang={language}>{excerpt(text, 240)}</q>
      </p>
      <p className="mt-2">
        <a href={searchUrl({ q: language === 'zh' ? text.slice(0, 12) : words })}>Search all sources for its words</a>, or read the
        source below.
      </p>
    </aside>
  );
}
