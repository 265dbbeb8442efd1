/**
 * A reading page's controls: "Show why" (off by default, remembered; the inline preferences script applies it before
 * first paint), which also makes glossary terms in passages links to their term pages (term-links.ts), and `j` / `k`
 * to move to the next and previous passage: only while focus is in the reading column (<main>) and never while typing,
 * so a key meant for something else is never taken (WCAG 2.1.4).
 */
import { SHOW_WHY_STORAGE_KEY } from '@/components/site/preferences';
import { closestTarget, typing } from './dom';
import { showTermLinks } from './term-links';

const SHOW_WHY = 'button[data-show-why-toggle]';

function showingWhy(): boolean {
  return document.documentElement.hasAttribute('data-show-why');
}

function pressShowWhy() {
  const on = showingWhy();
  document.querySelectorAll(SHOW_WHY).forEach((button) => button.setAttribute('aria-pressed', String(on)));
  showTermLinks(document, on);
}

function toggleShowWhy() {
  const on = !showingWhy();
  document.documentElement.toggleAttribute('data-show-why', on);
  try {
    localStorage.setItem(SHOW_WHY_STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage may be refused (private browsing): the choice still holds on this page.
  }
  pressShowWhy();
}

/** Moves focus to the next (`j`) or previous (`k`) passage of the page, from the passage that holds focus. */
function movePassage(event: KeyboardEvent) {
  const step = event.key === 'j' ? 1 : event.key === 'k' ? -1 : 0;
  if (step === 0 || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
  const main = document.getElementById('main');
  const focused = document.activeElement;
  if (!main || !(focused instanceof HTMLElement) || !main.contains(focused)) return;
  const passages = Array.from(main.querySelectorAll<HTMLElement>('[data-passage]'));
  const current = focused.closest<HTMLElement>('[data-passage]');
  const at = current ? passages.indexOf(current) : -1;
  const next = passages[at === -1 ? (step > 0 ? 0 : passages.length - 1) : at + step];
  if (!next) return;
  event.preventDefault();
  if (!next.hasAttribute('tabindex')) next.tabIndex = -1;
  next.focus({ preventScroll: true });
  next.scrollIntoView({ block: 'nearest' });
}

export function attachReading(): void {
  pressShowWhy();
  document.addEventListener('keydown', movePassage);
  document.addEventListener('click', (event) => {
    if (closestTarget(event, SHOW_WHY)) toggleShowWhy();
  });
}
