/**
 * A reading page's controls: "Show why" (off by default, remembered; the inline preferences script applies it before
 * first paint) and the "⋯" buttons that open a passage's tools on narrow screens.
 */
import { SHOW_WHY_STORAGE_KEY } from '@/components/site/preferences';
import { closestTarget } from './dom';

const SHOW_WHY = 'button[data-show-why-toggle]';

function showingWhy(): boolean {
  return document.documentElement.hasAttribute('data-show-why');
}

function pressShowWhy() {
  const on = showingWhy();
  document.querySelectorAll(SHOW_WHY).forEach((button) => button.setAttribute('aria-pressed', String(on)));
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

function toggleTools(button: HTMLButtonElement) {
  const passage = button.closest('[data-passage]');
  if (!passage) return;
  const open = !passage.hasAttribute('data-tools-open');
  passage.toggleAttribute('data-tools-open', open);
  button.setAttribute('aria-expanded', String(open));
}

export function attachReading(): void {
  pressShowWhy();
  document.addEventListener('click', (event) => {
    if (closestTarget(event, SHOW_WHY)) toggleShowWhy();
    const tools = closestTarget<HTMLButtonElement>(event, 'button[data-tools-toggle]');
    if (tools) toggleTools(tools);
  });
}
