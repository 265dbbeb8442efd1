/**
 * Every copy button of a page (`button[data-copy]`), server-rendered HTML handled by one listener:
 * - `data-copy="link"` copies `data-href` made absolute;
 * - `data-copy="quote"` copies the passage's text, then `data-cite` and the link;
 * - `data-copy="element"` copies the text of the element whose id is `data-target`;
 * - `data-copy="cite"` copies the citation `data-style` of the nearest `[data-citation]`, made in the browser
 *   (lib/citation/take-away.ts) with this page's origin and today's date; `data-export` downloads RIS or CSL-JSON.
 * Its words are on the page's announcer (`data-copy-done`, `-failed`, `-announced`, `-failed-announced`).
 */
import { fill } from '@/lib/i18n/template';
import { announce, closestTarget, word } from './dom';

/** The page's citation data (`data-citation` JSON, written by the page) and the take-away module, loaded on use. */
async function citationOf(button: HTMLButtonElement) {
  const raw = button.closest<HTMLElement>('[data-citation]')?.dataset.citation;
  if (!raw) return undefined;
  const takeAway = await import('@/lib/citation/take-away');
  const data = takeAway.parseCitationData(raw);
  return data && { takeAway, data, accessed: takeAway.localIsoDate(new Date()) };
}

async function exportCitation(button: HTMLButtonElement) {
  const found = await citationOf(button);
  const format = button.dataset.export;
  if (!found || (format !== 'ris' && format !== 'csl')) return;
  const { takeAway, data, accessed } = found;
  const text = takeAway.takeAway(format, data, window.location.origin, accessed);
  const { extension, type } = takeAway.TAKE_AWAY_FILES[format];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = `${data.source.slug}${data.label ? `-${button.dataset.place ?? 'passage'}` : ''}.${extension}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function textToCopy(button: HTMLButtonElement): Promise<string | undefined> {
  if (button.dataset.copy === 'cite') {
    const found = await citationOf(button);
    const style = found?.takeAway.TAKE_AWAY_STYLES.find((known) => known === button.dataset.style);
    return found && style && found.takeAway.takeAway(style, found.data, window.location.origin, found.accessed);
  }
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
  const strings = document.querySelector<HTMLElement>('[data-announcer]');
  try {
    const text = await textToCopy(button);
    if (text === undefined) return;
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
    const exporter = closestTarget<HTMLButtonElement>(event, 'button[data-export]');
    if (exporter) return void exportCitation(exporter);
    const button = closestTarget<HTMLButtonElement>(event, 'button[data-copy]');
    if (button) void copy(button);
  });
}
