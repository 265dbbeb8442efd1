'use client';

import { useEffect } from 'react';
import { normaliseWithOffsets } from '@/lib/text/normalise';

/**
 * Makes a deep link land for everyone: the passage named by the URL's #fragment is highlighted (also after in-page
 * navigation, where CSS :target alone is unreliable) and focused, so keyboard and screen-reader users start there.
 * Words passed as `?hl=` (from a search result) are marked inside it. An edited passage's old id leads to the passage.
 * `#:~:text=` fragments are left to the browser.
 */
export function TargetFocus() {
  useEffect(() => {
    function land() {
      document.querySelectorAll('[data-targeted]').forEach((element) => element.removeAttribute('data-targeted'));
      document.getElementById('unknown-passage')?.setAttribute('hidden', '');
      const id = fragmentId();
      let target = id ? document.getElementById(id) : null;
      // An id from before the passage was edited: land on the passage and show its current id in the address bar.
      const current = target?.getAttribute('data-alias-of');
      if (current) {
        target = document.getElementById(current);
        window.history.replaceState(window.history.state, '', `#${current}`);
      }
      // A passage id this source never had (mistyped, or cut short when pasted): say so instead of doing nothing.
      if (!target && PASSAGE_ID.test(id)) target = unknownPassageNotice(id);
      if (!target) return;
      target.setAttribute('data-targeted', '');
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
      const words = new URLSearchParams(window.location.search).getAll('hl').slice(0, 20);
      if (words.length > 0) markWords(target, words);
    }
    land();
    window.addEventListener('hashchange', land);
    return () => window.removeEventListener('hashchange', land);
  }, []);
  return null;
}

const PASSAGE_ID = /^p-[0-9a-f]/;

/** The #fragment as text; a malformed escape (a hand-edited link) is taken as it stands rather than thrown on. */
function fragmentId(): string {
  const raw = window.location.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function unknownPassageNotice(id: string): HTMLElement | null {
  const notice = document.getElementById('unknown-passage');
  const slot = notice?.querySelector('[data-missing-id]');
  if (!notice || !slot) return null;
  slot.textContent = id;
  notice.hidden = false;
  return notice;
}

/** Wraps each occurrence of the words (compared in normalised form) in <mark>, text node by text node. */
function markWords(root: HTMLElement, words: string[]) {
  const needles = words.map((word) => normaliseWithOffsets(word).text.trim()).filter((word) => word.length > 0);
  if (needles.length === 0 || root.querySelector('mark[data-hl]')) return;
  const walker = document.createTreeWalker(root.querySelector('.passage-text') ?? root, NodeFilter.SHOW_TEXT);
  const textNodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node as Text);
  for (const node of textNodes) {
    const original = node.data;
    const { text, offsets } = normaliseWithOffsets(original);
    const ranges: [number, number][] = [];
    for (const needle of needles) {
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
        ranges.push([offsets[at], offsets[at + needle.length]]);
      }
    }
    if (ranges.length === 0) continue;
    ranges.sort((a, b) => a[0] - b[0]);
    const fragment = document.createDocumentFragment();
    let cursor = 0;
    for (const [start, end] of ranges) {
      if (start < cursor) continue;
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
}
