'use client';

import { useEffect, useState } from 'react';
import { fill } from '@/lib/i18n/template';
import { MAX_SHEET_ENTRIES } from '@/lib/sheet/codec';
import { loadSheet, parseRef, subscribeSheet, toggleInSheet } from '@/lib/sheet/store';

export interface SheetActionStrings {
  added: string;
  /** Said when "In your sheet" is pressed again and the passage is taken out. */
  takenOut: string;
  /** "{max}" is the most a sheet holds. */
  full: string;
}

const BUTTONS = 'button[data-sheet-add]';

/**
 * Marks the "Add to sheet" buttons of passages already on the sheet: their label says so (`data-added-text`) and they
 * are pressed; pressing one again takes the passage out.
 */
function markButtons() {
  const onSheet = new Set(loadSheet().map((ref) => `${ref.slug}~${ref.id}`));
  document.querySelectorAll<HTMLButtonElement>(BUTTONS).forEach((button) => {
    const ref = parseRef(button.dataset.sheetAdd);
    const added = ref !== undefined && onSheet.has(`${ref.slug}~${ref.id}`);
    button.dataset.idleLabel ??= button.textContent ?? '';
    button.textContent = added ? (button.dataset.addedText ?? button.dataset.idleLabel) : button.dataset.idleLabel;
    button.setAttribute('aria-pressed', String(added));
  });
}

/**
 * One listener for every "Add to sheet" button of a page (`button[data-sheet-add="<slug>~<id>"]`), so the buttons are
 * plain server-rendered HTML. The sheet itself lives in the browser (lib/sheet/store.ts); its page is /sheet/.
 */
export function SheetActions({ strings }: { strings: SheetActionStrings }) {
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    function onClick(event: MouseEvent) {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(BUTTONS) : null;
      const ref = parseRef(button?.dataset.sheetAdd);
      if (!ref) return;
      const outcome = toggleInSheet(ref);
      setAnnouncement(
        outcome === 'full' || outcome === 'refused'
          ? fill(strings.full, { max: MAX_SHEET_ENTRIES })
          : outcome === 'added'
            ? strings.added
            : strings.takenOut,
      );
    }
    markButtons();
    document.addEventListener('click', onClick);
    const unsubscribe = subscribeSheet(markButtons);
    return () => {
      document.removeEventListener('click', onClick);
      unsubscribe();
    };
  }, [strings]);

  return (
    <p role="status" aria-live="polite" className="sr-only">
      {announcement}
    </p>
  );
}
