/**
 * The quote sheet on every page: "Add to sheet" buttons (`button[data-sheet-add="<slug>~<id>"]`, labelled "In your
 * sheet" and pressed once there; pressed again, they take the passage out) and the header's sheet link with its count.
 * The sheet lives in the browser (lib/sheet/store.ts).
 */
import { fill } from '@/lib/i18n/template';
import { MAX_SHEET_ENTRIES } from '@/lib/sheet/codec';
import { loadSheet, parseRef, subscribeSheet, toggleInSheet } from '@/lib/sheet/store';
import { announce, closestTarget, word } from './dom';

const BUTTONS = 'button[data-sheet-add]';

function markButtons(onSheet: Set<string>) {
  document.querySelectorAll<HTMLButtonElement>(BUTTONS).forEach((button) => {
    const ref = parseRef(button.dataset.sheetAdd);
    const added = ref !== undefined && onSheet.has(`${ref.slug}~${ref.id}`);
    button.dataset.idleLabel ??= button.textContent ?? '';
    button.textContent = added ? (button.dataset.addedText ?? button.dataset.idleLabel) : button.dataset.idleLabel;
    button.setAttribute('aria-pressed', String(added));
  });
}

/** The header's link: "Sheet (3)" once the sheet holds anything (`data-label`, `data-label-count`). */
function countLinks(count: number) {
  document.querySelectorAll<HTMLAnchorElement>('a[data-sheet-link]').forEach((link) => {
    link.textContent = count > 0 ? fill(word(link, 'labelCount'), { count }) : word(link, 'label');
  });
}

function show() {
  const refs = loadSheet();
  markButtons(new Set(refs.map((ref) => `${ref.slug}~${ref.id}`)));
  countLinks(refs.length);
}

export function attachSheet(): void {
  show();
  subscribeSheet(show);
  document.addEventListener('click', (event) => {
    const ref = parseRef(closestTarget<HTMLButtonElement>(event, BUTTONS)?.dataset.sheetAdd);
    if (!ref) return;
    const outcome = toggleInSheet(ref);
    const strings = document.querySelector<HTMLElement>('[data-announcer]');
    announce(
      outcome === 'full' || outcome === 'refused'
        ? fill(word(strings, 'sheetFull'), { max: MAX_SHEET_ENTRIES })
        : word(strings, outcome === 'added' ? 'sheetAdded' : 'sheetTakenOut'),
    );
  });
}
