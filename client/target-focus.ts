/**
 * Makes a deep link land for everyone: the passage named by the URL's #fragment is highlighted (also after in-page
 * navigation, where CSS :target alone is unreliable) and focused, so keyboard and screen-reader users start there.
 * Words passed as `?hl=` (from a search result) are marked inside it. An edited passage's old id leads to the passage.
 * `#:~:text=` fragments are left to the browser.
 */
import { missingFromFragment, missingFromPath, sourceHolding, type MissingPassage } from '@/lib/missing-passage';
import type { SheetCatalogueFile } from '@/lib/sheet/files';
import { findPhrases } from '@/lib/text/match';
import { passagePageUrl, SHEET_CATALOGUE_URL } from '@/lib/urls';

/** The #fragment as text; a malformed escape (a hand-edited link) is taken as it stands rather than thrown on. */
function fragmentId(): string {
  const raw = window.location.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function unknownPassageNotice(missing: MissingPassage): HTMLElement | null {
  const notice = document.getElementById('unknown-passage');
  const slot = notice?.querySelector('[data-missing-id]');
  if (!notice || !slot) return null;
  slot.textContent = missing.kind === 'unknown' ? missing.id : '';
  notice.querySelectorAll<HTMLElement>('[data-when]').forEach((part) => {
    part.hidden = part.dataset.when !== missing.kind;
  });
  notice.hidden = false;
  if (missing.kind === 'unknown') void showWhereKnown(notice, missing.id);
  return notice;
}

/** Where the ledger knows the id under another source: a link to that passage's page (its words and a search). */
async function showWhereKnown(notice: HTMLElement, id: string) {
  try {
    const response = await fetch(SHEET_CATALOGUE_URL);
    if (!response.ok) return;
    const file: SheetCatalogueFile = await response.json();
    const slug = sourceHolding(file.catalogue, id);
    const link = notice.querySelector<HTMLAnchorElement>('[data-elsewhere]');
    const part = link?.closest<HTMLElement>('[data-when="elsewhere"]');
    if (!slug || !link || !part) return;
    const locale = window.location.pathname.startsWith('/zh/') ? 'zh' : 'en';
    link.href = passagePageUrl(slug, id, locale);
    link.textContent = `${slug} · ${id}`;
    part.hidden = false;
  } catch {
    // Offline or no catalogue: the notice already says the id is unknown.
  }
}

function wrap(node: Text, spans: { start: number; end: number }[]) {
  const original = node.data;
  const fragment = document.createDocumentFragment();
  let cursor = 0;
  for (const { start, end } of spans) {
    fragment.append(original.slice(cursor, start));
    const mark = document.createElement('mark');
    mark.dataset.hl = '';
    mark.textContent = original.slice(start, end);
    fragment.append(mark);
    cursor = end;
  }
  fragment.append(original.slice(cursor));
  node.replaceWith(fragment);
}

/**
 * Wraps each occurrence of the words in <mark>, compared as whole words by the site's one matching rule (lib/text):
 * "AI" marks the word AI, never the "ai" in "said". A phrase may cross elements (a marked term), so matches are found
 * in the passage's whole text and then wrapped text node by text node.
 */
function markWords(root: HTMLElement, words: string[]) {
  const container = root.querySelector('.passage-text') ?? root;
  if (container.querySelector('mark[data-hl]')) return;
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  for (let node = walker.nextNode(); node instanceof Text; node = walker.nextNode()) {
    nodes.push({ node, start: text.length });
    text += node.data;
  }
  const spans = findPhrases(text, words);
  for (const { node, start } of nodes) {
    const end = start + node.data.length;
    const inside = spans.filter((span) => span.start < end && span.end > start);
    if (inside.length > 0)
      wrap(
        node,
        inside.map((span) => ({ start: Math.max(span.start, start) - start, end: Math.min(span.end, end) - start })),
      );
  }
}

/** The element the fragment names: a passage, the passage an old id leads to, or the unknown-passage notice. */
function target(id: string): HTMLElement | null {
  const named = id ? document.getElementById(id) : null;
  // An id from before the passage was edited: land on the passage and show its current id in the address bar.
  const current = named?.getAttribute('data-alias-of');
  if (current) {
    window.history.replaceState(window.history.state, '', `#${current}`);
    return document.getElementById(current);
  }
  if (named) return named;
  // A passage id this page does not have (mistyped, cut short, or crafted): say so, quoting only a well-formed id.
  const missing = missingFromFragment(id) ?? missingFromPath(window.location.pathname);
  return missing ? unknownPassageNotice(missing) : null;
}

function land() {
  document.querySelectorAll('[data-targeted]').forEach((element) => element.removeAttribute('data-targeted'));
  document.getElementById('unknown-passage')?.setAttribute('hidden', '');
  const element = target(fragmentId());
  if (!element) return;
  element.setAttribute('data-targeted', '');
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'start' });
  const words = new URLSearchParams(window.location.search).getAll('hl').slice(0, 20);
  if (words.length > 0) markWords(element, words);
}

export function attachTargetFocus(): void {
  land();
  window.addEventListener('hashchange', land);
}
