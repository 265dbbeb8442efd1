'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { announceHydrated } from '@/client/hydration';
import type { Locale } from '@/lib/i18n/locales';
import { fill } from '@/lib/i18n/template';
import { encodeSheet, type SheetRef } from '@/lib/sheet/codec';
import { loadSheetData, type LoadedSheet } from '@/lib/sheet/load';
import { fullCitation, sheetItems } from '@/lib/sheet/items';
import { describeSheetProblem } from '@/lib/sheet/problems';
import { loadSheet, saveSheet, subscribeSheet } from '@/lib/sheet/store';
import { SHEET_PARAM, sheetUrl } from '@/lib/urls';
import { entryName, SheetItemView, type EntryStrings, type ItemStrings } from './SheetItemView';
import { SheetToolbar, type ToolbarStrings } from './SheetToolbar';

export interface SheetStrings extends ItemStrings, ToolbarStrings, EntryStrings {
  empty: string;
  loading: string;
  failed: string;
  shared: string;
  keep: string;
  kept: string;
  count: string;
  problems: string;
  /** "{count}" more problems not listed. */
  moreProblems: string;
  movedAnnounce: string;
  undo: string;
  /** "{label} of {name}" removed / restored. */
  removed: string;
  restored: string;
}

const noSubscription = () => () => {};

/** A link with hundreds of bad entries names the first of them and counts the rest. */
const PROBLEMS_LISTED = 20;

/** How long "Undo" stays after a removal, unless the reader is on it. */
const UNDO_MS = 8000;

type Shown = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; sheet: LoadedSheet; refs: SheetRef[] };

/** The last removal, which "Undo" puts back at its place. */
interface Removal {
  ref: SheetRef;
  index: number;
  said: string;
}

/** Where focus goes once the list has re-rendered: an entry, or the list's heading. */
type FocusTarget = { entry: string } | 'heading' | undefined;

const keyOf = (ref: SheetRef) => `${ref.slug}~${ref.id}`;

/** Where the shown sheet comes from: a link's `?p=` (shared), or this browser's own sheet. */
function sheetInAddress(): string | null {
  return new URLSearchParams(window.location.search).get(SHEET_PARAM);
}

/**
 * Loads the sheet named by the link, or the reader's own (following changes made in other tabs). Loads may overlap
 * (a change arrives while the previous one loads): only the latest load's answer is shown, so an older, slower
 * answer never overwrites a newer one.
 */
function useSheetLoad(): [Shown, (refs: SheetRef[]) => void] {
  const [shown, setShown] = useState<Shown>({ state: 'loading' });
  const latest = useRef(0);
  useEffect(() => {
    const load = (raw: string) => {
      const request = ++latest.current;
      loadSheetData(raw).then(
        (sheet) => {
          if (request === latest.current)
            setShown({ state: 'ready', sheet, refs: sheet.entries.map(({ slug, id }) => ({ slug, id })) });
        },
        () => {
          if (request === latest.current) setShown({ state: 'failed' });
        },
      );
    };
    const fromLink = sheetInAddress();
    if (fromLink !== null) {
      load(fromLink);
      return undefined;
    }
    load(encodeSheet(loadSheet()));
    return subscribeSheet(() => load(encodeSheet(loadSheet())));
  }, []);
  const setRefs = useCallback(
    (refs: SheetRef[]) => setShown((now) => (now.state === 'ready' ? { ...now, refs } : now)),
    [],
  );
  return [shown, setRefs];
}

/** Moves focus once the list shows the change: to an entry (by its key) or to the list's heading. */
function useFocusAfterRender(): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget>(undefined);
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = undefined;
    const element =
      target === 'heading'
        ? document.getElementById('sheet-list-heading')
        : document.querySelector<HTMLElement>(`[data-sheet-entry="${CSS.escape(target.entry)}"]`);
    element?.focus();
  });
  return useCallback((target: FocusTarget) => {
    pending.current = target;
  }, []);
}

/** The last removal and its timer: "Undo" goes after UNDO_MS, or stays while the reader is on it. */
function useUndo(): [Removal | undefined, (removal: Removal | undefined) => void, () => void] {
  const [removal, setRemoval] = useState<Removal>();
  const timer = useRef<number | undefined>(undefined);
  const hold = useCallback(() => window.clearTimeout(timer.current), []);
  const offer = useCallback((next: Removal | undefined) => {
    window.clearTimeout(timer.current);
    setRemoval(next);
    if (next) timer.current = window.setTimeout(() => setRemoval(undefined), UNDO_MS);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return [removal, offer, hold];
}

interface Editing {
  sheet: LoadedSheet;
  refs: SheetRef[];
  setRefs: (refs: SheetRef[]) => void;
  shared: boolean;
  locale: Locale;
  strings: SheetStrings;
}

/** Reordering, removing (with Undo) and keeping a shared sheet, each announced, with focus kept in the list. */
function useSheetEditing({ sheet, refs, setRefs, shared, locale, strings }: Editing) {
  const [announcement, setAnnouncement] = useState('');
  const [removal, offerUndo, holdUndo] = useUndo();
  const focusAfter = useFocusAfterRender();
  const nameOf = (ref: SheetRef) => entryName(ref, sheet, strings, locale);

  /** A change of order or content: the own sheet is saved; a shared one changes its link. */
  function update(next: SheetRef[], said: string) {
    setRefs(next);
    setAnnouncement(said);
    if (shared) window.history.replaceState(null, '', sheetUrl(next.length > 0 ? encodeSheet(next) : '', locale));
    else saveSheet(next);
  }
  const edits: SheetEdits = {
    move(from, to) {
      const next = [...refs];
      const [ref] = next.splice(from, 1);
      next.splice(to, 0, ref);
      update(next, fill(strings.movedAnnounce, { place: to + 1, what: nameOf(ref).text }));
    },
    remove(index) {
      const ref = refs[index];
      const said = fill(strings.removed, nameOf(ref));
      update(
        refs.filter((_, j) => j !== index),
        said,
      );
      offerUndo({ ref, index, said });
      const after = refs[index + 1];
      focusAfter(after ? { entry: keyOf(after) } : 'heading');
    },
  };
  function undo() {
    if (!removal) return;
    const next = [...refs];
    next.splice(Math.min(removal.index, next.length), 0, removal.ref);
    update(next, fill(strings.restored, nameOf(removal.ref)));
    offerUndo(undefined);
    focusAfter({ entry: keyOf(removal.ref) });
  }
  /** A shared sheet becomes the reader's own: saved here, and the address no longer carries it. */
  function keep() {
    saveSheet(refs);
    window.history.replaceState(null, '', sheetUrl('', locale));
    setAnnouncement(strings.kept);
  }
  return { announcement, removal, holdUndo, edits, undo, keep };
}

/**
 * The quote-sheet page: the sheet named by the link, or the reader's own; each quote with its source, label and
 * principles; reorder and trim (a removal can be undone for a few seconds); share as one link; export Markdown,
 * BibTeX, CSV; print. Everything it cannot show from a link is named, never dropped silently.
 */
export function SheetApp({ locale, strings }: { locale: Locale; strings: SheetStrings }) {
  const [shown, setRefs] = useSheetLoad();
  useEffect(announceHydrated, []);
  // Read on every render: keeping a shared sheet takes its ?p= out of the address.
  const shared = useSyncExternalStore(
    noSubscription,
    () => sheetInAddress() !== null,
    () => false,
  );
  if (shown.state === 'loading') return <p role="status">{strings.loading}</p>;
  if (shown.state === 'failed') return <p role="alert">{strings.failed}</p>;
  return <ReadySheet {...shown} setRefs={setRefs} shared={shared} locale={locale} strings={strings} />;
}

function ReadySheet(props: Editing) {
  const { sheet, refs, shared, locale, strings } = props;
  const { announcement, removal, holdUndo, edits, undo, keep } = useSheetEditing(props);
  return (
    <div className="sheet">
      {shared && <SharedNotice strings={strings} onKeep={keep} />}
      <SheetProblems sheet={sheet} locale={locale} strings={strings} />
      {refs.length > 0 && <SheetToolbar refs={refs} sheet={sheet} locale={locale} strings={strings} />}
      {removal && <UndoBar said={removal.said} strings={strings} onUndo={undo} onHold={holdUndo} />}
      <SheetList sheet={sheet} refs={refs} locale={locale} strings={strings} edits={edits} />
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

interface SheetEdits {
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}

function SheetList({
  sheet,
  refs,
  locale,
  strings,
  edits,
}: {
  sheet: LoadedSheet;
  refs: SheetRef[];
  locale: Locale;
  strings: SheetStrings;
  edits: SheetEdits;
}) {
  const citationOf = (ref: SheetRef) => {
    const [item] = sheetItems([ref], sheet, locale, window.location.origin);
    return item && fullCitation(item);
  };
  return (
    <>
      <h2 id="sheet-list-heading" tabIndex={-1} className="mb-2 text-sm font-normal text-muted outline-none">
        {refs.length === 0 ? strings.empty : fill(strings.count, { count: refs.length })}
      </h2>
      <ol className="space-y-6">
        {refs.map((ref, i) => (
          <li key={keyOf(ref)} data-sheet-entry={keyOf(ref)} tabIndex={-1} className="outline-offset-4">
            <SheetItemView
              entry={ref}
              name={entryName(ref, sheet, strings, locale)}
              source={sheet.sources.get(ref.slug)}
              principles={sheet.catalogue.principles}
              citation={citationOf(ref)}
              locale={locale}
              strings={strings}
              onUp={i > 0 ? () => edits.move(i, i - 1) : undefined}
              onDown={i < refs.length - 1 ? () => edits.move(i, i + 1) : undefined}
              onRemove={() => edits.remove(i)}
            />
          </li>
        ))}
      </ol>
    </>
  );
}

function UndoBar({
  said,
  strings,
  onUndo,
  onHold,
}: {
  said: string;
  strings: SheetStrings;
  onUndo: () => void;
  onHold: () => void;
}) {
  return (
    <div
      className="fixed inset-x-0 bottom-4 z-10 mx-auto flex w-fit max-w-[calc(100%-2rem)] items-center gap-3 rounded border border-line bg-surface px-4 py-2 text-sm shadow-lg no-print"
      onFocus={onHold}
      onMouseEnter={onHold}
    >
      <span>{said}</span>
      <button type="button" onClick={onUndo} className="min-h-6 rounded bg-accent px-3 py-1 text-accent-ink">
        {strings.undo}
      </button>
    </div>
  );
}

function SheetProblems({ sheet, locale, strings }: { sheet: LoadedSheet; locale: Locale; strings: SheetStrings }) {
  if (sheet.problems.length === 0) return null;
  return (
    <section
      aria-labelledby="sheet-problems"
      className="mb-6 rounded border border-line bg-surface p-4 text-sm no-print"
    >
      <h2 id="sheet-problems" className="font-semibold">
        {strings.problems}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {sheet.problems.slice(0, PROBLEMS_LISTED).map((problem, i) => (
          <li key={i}>{describeSheetProblem(problem, locale)}</li>
        ))}
        {sheet.problems.length > PROBLEMS_LISTED && (
          <li>{fill(strings.moreProblems, { count: sheet.problems.length - PROBLEMS_LISTED })}</li>
        )}
      </ul>
    </section>
  );
}

function SharedNotice({ strings, onKeep }: { strings: SheetStrings; onKeep: () => void }) {
  return (
    <p className="mb-4 flex flex-wrap items-center gap-3 rounded border border-line bg-surface p-3 text-sm no-print">
      {strings.shared}
      <button type="button" onClick={onKeep} className="rounded bg-accent px-3 py-1 text-accent-ink">
        {strings.keep}
      </button>
    </p>
  );
}
