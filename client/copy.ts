/**
 * Every copy button of a page (`button[data-copy]`), server-rendered HTML handled by one listener:
 * - `data-copy="link"` copies `data-href` made absolute;
 * - `data-copy="quote"` copies the passage's text, then `data-cite` and the link;
 * - `data-copy="element"` copies the text of the element whose id is `data-target`.
 * Its words are on the page's announcer (`data-copy-done`, `-failed`, `-announced`, `-failed-announced`).
 */
import { fill } from '@/lib/i18n/template';
import { announce, closestTarget, word } from './dom';

function textToCopy(button: HTMLButtonElement): string | undefined {
  const link = button.dataset.href ? new URL(button.dataset.href, window.location.href).href : undefined;
  switch (button.dataset.copy) {
    case 'link':
      return link;
    case 'quote': {
      const passage = button.closest('[data-passage]')?.querySelector('.passage-text')?.textContent?.trim();
      return passage ? `“${passage}” — ${button.dataset.cite ?? ''} ${link ?? ''}`.trim() : undefined;
    }
    case 'element': {
      const element = document.getElementById(button.dataset.target ?? '');
      return element instanceof HTMLTextAreaElement ? element.value : (element?.textContent ?? undefined);
    }
  }
  return undefined;
}

const resetTimers = new WeakMap<HTMLButtonElement, number>();

function flash(button: HTMLButtonElement, message: string) {
  const label = button.dataset.idleText ?? button.textContent ?? '';
  button.dataset.idleText = label;
  button.textContent = message;
  window.clearTimeout(resetTimers.get(button));
  resetTimers.set(
    button,
    window.setTimeout(() => (button.textContent = label), 2000),
  );
}

async function copy(button: HTMLButtonElement) {
  const text = textToCopy(button);
  if (text === undefined) return;
  const strings = document.querySelector<HTMLElement>('[data-announcer]');
  try {
    await navigator.clipboard.writeText(text);
    flash(button, word(strings, 'copyDone'));
    announce(fill(word(strings, 'copyAnnounced'), { what: button.dataset.label ?? '' }).trim());
  } catch {
    flash(button, word(strings, 'copyFailed'));
    announce(word(strings, 'copyFailedAnnounced'));
  }
}

export function attachCopy(): void {
  document.addEventListener('click', (event) => {
    const button = closestTarget<HTMLButtonElement>(event, 'button[data-copy]');
    if (button) void copy(button);
  });
}
