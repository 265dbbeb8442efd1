'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { announceHydrated } from '@/client/hydration';
import type { Locale } from '@/lib/i18n/locales';
import { fill } from '@/lib/i18n/template';
import { encodeSheet, type SheetRef } from '@/lib/sheet/codec';
import { loadSheetData, type LoadedSheet } from '@/lib/sheet/load';
import { fullCitation, sheetItems } from '@/lib/sheet/items';
import { describeSheetProblem } from '@/lib/sheet/problems';
import { loadSheet, saveSheet, subscribeSheet } from '@/lib/sheet/store';
import { SHEET_PARAM, sheetUrl } from '@/lib/urls';
import { SheetItemView, type ItemStrings } from './SheetItemView';
import { SheetToolbar, type ToolbarStrings } from './SheetToolbar';

export interface SheetStrings extends ItemStrings, ToolbarStrings {
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
  removedAnnounce: string;
  movedAnnounce: string;
}

const noSubscription = () => () => {};

/** A link with hundreds of bad entries names the first of them and counts the rest. */
const PROBLEMS_LISTED = 20;

type Shown = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; sheet: LoadedSheet; refs: SheetRef[] };

/** Where the shown sheet comes from: a link's `?p=` (shared), or this browser's own sheet. */
function sheetInAddress(): string | null {
  return new URLSearchParams(window.location.search).get(SHEET_PARAM);
}

/**
 * The quote-sheet page: the sheet named by the link, or the reader's own; each quote with its source, label and
 * principles; reorder and trim; share as one link; export Markdown, BibTeX, CSV; print. Everything it cannot show from
 * a link is named, never dropped silently.
 */
// eslint-disable-next-line max-lines-per-function -- split by the phone/keyboard issue
export function SheetApp({ locale, strings }: { locale: Locale; strings: SheetStrings }) {
  const [shown, setShown] = useState<Shown>({ state: 'loading' });
  const [announcement, setAnnouncement] = useState('');
  // Read on every render: keeping a shared sheet takes its ?p= out of the address.
  const shared = useSyncExternalStore(
    noSubscription,
    () => sheetInAddress() !== null,
    () => false,
  );

  useEffect(announceHydrated, []);

  useEffect(() => {
    const fromLink = sheetInAddress();
    const load = (raw: string) =>
      loadSheetData(raw).then(
        (sheet) => setShown({ state: 'ready', sheet, refs: sheet.entries.map(({ slug, id }) => ({ slug, id })) }),
        () => setShown({ state: 'failed' }),
      );
    if (fromLink !== null) {
      load(fromLink);
      return undefined;
    }
    load(encodeSheet(loadSheet()));
    // The reader's own sheet follows additions made in other tabs.
    return subscribeSheet(() => load(encodeSheet(loadSheet())));
  }, []);

  if (shown.state === 'loading') return <p role="status">{strings.loading}</p>;
  if (shown.state === 'failed') return <p role="alert">{strings.failed}</p>;
  const { sheet, refs } = shown;

  /** A change of order or content: the own sheet is saved; a shared one changes its link. */
  function update(next: SheetRef[], said: string) {
    setShown({ state: 'ready', sheet, refs: next });
    setAnnouncement(said);
    if (shared) window.history.replaceState(null, '', sheetUrl(next.length > 0 ? encodeSheet(next) : '', locale));
    else saveSheet(next);
  }
  const citationOf = (ref: SheetRef) => {
    const [item] = sheetItems([ref], sheet, locale, window.location.origin);
    return item && fullCitation(item);
  };
  const nameOf = (ref: SheetRef) => sheet.sources.get(ref.slug)?.source.title ?? ref.slug;
  const move = (from: number, to: number) => {
    const next = [...refs];
    const [ref] = next.splice(from, 1);
    next.splice(to, 0, ref);
    update(next, fill(strings.movedAnnounce, { place: to + 1, what: nameOf(ref) }));
  };

  /** A shared sheet becomes the reader's own: saved here, and the address no longer carries it. */
  function keep() {
    saveSheet(refs);
    window.history.replaceState(null, '', sheetUrl('', locale));
    setAnnouncement(strings.kept);
  }

  return (
    <div className="sheet">
      {shared && <SharedNotice strings={strings} onKeep={keep} />}
      {sheet.problems.length > 0 && (
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
      )}
      {refs.length === 0 ? (
        <p className="text-muted">{strings.empty}</p>
      ) : (
        <>
          <SheetToolbar refs={refs} sheet={sheet} locale={locale} strings={strings} />
          <p className="mb-2 text-sm text-muted">{fill(strings.count, { count: refs.length })}</p>
          <ol className="space-y-6">
            {refs.map((ref, i) => (
              <li key={`${ref.slug}~${ref.id}`}>
                <SheetItemView
                  entry={ref}
                  source={sheet.sources.get(ref.slug)}
                  principles={sheet.catalogue.principles}
                  citation={citationOf(ref)}
                  locale={locale}
                  strings={strings}
                  onUp={i > 0 ? () => move(i, i - 1) : undefined}
                  onDown={i < refs.length - 1 ? () => move(i, i + 1) : undefined}
                  onRemove={() =>
                    update(
                      refs.filter((_, j) => j !== i),
                      fill(strings.removedAnnounce, { what: nameOf(ref) }),
                    )
                  }
                />
              </li>
            ))}
          </ol>
        </>
      )}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
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
