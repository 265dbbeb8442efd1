/**
 * The reader's own sheet, kept in this browser (localStorage) in the same compact form as a sheet link, so that what
 * is stored is always a link that could be shared. Pages hear of changes made in other tabs and in this one.
 */
import { encodeSheet, MAX_SHEET_ENTRIES, parseSheet, type SheetRef } from './codec';

const STORAGE_KEY = 'quote-sheet';
const CHANGED = 'quote-sheet-changed';

export function loadSheet(): SheetRef[] {
  try {
    return parseSheet(localStorage.getItem(STORAGE_KEY)).refs.map(({ slug, id }) => ({ slug, id }));
  } catch {
    return [];
  }
}

/** Saves the sheet; false when the browser refuses storage (private browsing), so the page can say so. */
export function saveSheet(refs: readonly SheetRef[]): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, encodeSheet(refs.slice(0, MAX_SHEET_ENTRIES)));
    window.dispatchEvent(new Event(CHANGED));
    return true;
  } catch {
    return false;
  }
}

/** Whether two refs name the same passage. */
const sameRef = (a: SheetRef) => (b: SheetRef) => a.slug === b.slug && a.id === b.id;

export type AddOutcome = 'added' | 'already' | 'full' | 'refused';

export function addToSheet(ref: SheetRef): AddOutcome {
  const refs = loadSheet();
  if (refs.some(sameRef(ref))) return 'already';
  if (refs.length >= MAX_SHEET_ENTRIES) return 'full';
  return saveSheet([...refs, ref]) ? 'added' : 'refused';
}

/** Takes a passage out of the sheet; false when it was not there or storage is refused. */
export function removeFromSheet(ref: SheetRef): boolean {
  const refs = loadSheet();
  if (!refs.some(sameRef(ref))) return false;
  return saveSheet(refs.filter((entry) => !sameRef(ref)(entry)));
}

export type ToggleOutcome = 'added' | 'removed' | 'full' | 'refused';

/** "In your sheet" pressed again takes the passage out; otherwise it is added. */
export function toggleInSheet(ref: SheetRef): ToggleOutcome {
  if (loadSheet().some(sameRef(ref))) return removeFromSheet(ref) ? 'removed' : 'refused';
  const outcome = addToSheet(ref);
  return outcome === 'already' ? 'added' : outcome;
}

/** Calls `onChange` when the sheet changes here or in another tab. */
export function subscribeSheet(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) onChange();
  };
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** `slug~id`, as "Add to sheet" buttons carry it. */
export function parseRef(value: string | undefined): SheetRef | undefined {
  const ref = parseSheet(value).refs[0];
  return ref && { slug: ref.slug, id: ref.id };
}
