'use client';

import { useEffect, useState } from 'react';
import { fill } from '@/lib/i18n/template';

export interface CopyStrings {
  done: string;
  failed: string;
  /** "{what} copied to the clipboard". */
  announced: string;
  failedAnnounced: string;
}

/**
 * One listener for every copy button of a page (`button[data-copy]`), so that the buttons themselves are plain
 * server-rendered HTML and the page ships a single small script:
 * - `data-copy="link"` copies `data-href` made absolute;
 * - `data-copy="quote"` copies the passage's text, then `data-cite` and the link;
 * - `data-copy="element"` copies the text of the element whose id is `data-target`.
 */
export function CopyActions({ strings }: { strings: CopyStrings }) {
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    async function onClick(event: MouseEvent) {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
      if (!button) return;
      const text = textToCopy(button);
      if (text === undefined) return;
      try {
        await navigator.clipboard.writeText(text);
        flash(button, strings.done);
        setAnnouncement(fill(strings.announced, { what: button.dataset.label ?? '' }).trim());
      } catch {
        flash(button, strings.failed);
        setAnnouncement(strings.failedAnnounced);
      }
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [strings]);

  return (
    <p role="status" aria-live="polite" className="sr-only">
      {announcement}
    </p>
  );
}

function textToCopy(button: HTMLButtonElement): string | undefined {
  const link = button.dataset.href ? new URL(button.dataset.href, window.location.href).href : undefined;
  switch (button.dataset.copy) {
    case 'link':
      return link;
    case 'quote': {
      const passage = button.closest('[data-passage]')?.querySelector('.passage-text')?.textContent?.trim();
      return passage ? `“${passage}” — ${button.dataset.cite ?? ''} ${link ?? ''}`.trim() : undefined;
    }
    case 'element':
      return document.getElementById(button.dataset.target ?? '')?.textContent ?? undefined;
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
