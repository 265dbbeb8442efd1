'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { showTermLinks } from '@/client/term-links';
import { SHOW_WHY_STORAGE_KEY } from '@/components/site/preferences';

/** Whether passages underline the words that tie them to principles: a choice kept across pages (preferences.ts). */
function showingWhy(): boolean {
  return document.documentElement.hasAttribute('data-show-why');
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-show-why'] });
  return () => observer.disconnect();
}

/**
 * The reading page's "Show why" (off by default, remembered): underlines the words that tie passages to principles,
 * and makes glossary terms links to their pages.
 */
export function ReadingControls({ label, hint }: { label: string; hint: string }) {
  const on = useSyncExternalStore(subscribe, showingWhy, () => false);

  useEffect(() => showTermLinks(document, on), [on]);

  return (
    <button
      type="button"
      aria-pressed={on}
      title={hint}
      className="rounded border border-line bg-surface px-2 py-1 text-sm text-ink hover:bg-chip no-print"
      onClick={() => {
        document.documentElement.toggleAttribute('data-show-why', !on);
        try {
          localStorage.setItem(SHOW_WHY_STORAGE_KEY, on ? 'off' : 'on');
        } catch {
          // Storage may be refused (private browsing): the choice still holds on this page.
        }
      }}
    >
      {label}
    </button>
  );
}
