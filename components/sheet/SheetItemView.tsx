import { PrincipleChips } from '@/components/reader/PrincipleChips';
import { displayName, sourceTitle } from '@/lib/i18n/source-name';
import { formatLabel } from '@/lib/content/labels';
import type { Locale } from '@/lib/i18n/locales';
import type { SheetSourceFile } from '@/lib/sheet/files';
import type { SheetRef } from '@/lib/sheet/codec';
import { passagePageUrl } from '@/lib/urls';
import { fill } from '@/lib/i18n/template';
import type { LoadedSheet } from '@/lib/sheet/load';
import { SourceAndLabel } from '@/components/reader/SourceAndLabel';

export interface ItemStrings {
  moveUp: string;
  moveDown: string;
  remove: string;
  commentary: string;
  principlesLabel: string;
}

/** Each control's name, with the entry's label and source: "Remove point 2 of 全球人工智能治理倡议". */
export interface EntryStrings {
  /** "{label} of {name}". */
  entry: string;
  removeEntry: string;
  moveUpEntry: string;
  moveDownEntry: string;
}

/** An entry's label and source name, to name its controls and announce changes; the bare ref when unknown. */
export type EntryName = {
  label: string;
  name: string;
  /** "{label} of {name}" (the `entry` template). */
  text: string;
};

export function entryName(
  ref: SheetRef,
  sheet: LoadedSheet,
  strings: ItemStrings & EntryStrings,
  locale: Locale,
): EntryName {
  const source = sheet.sources.get(ref.slug);
  const passage = source?.passages[ref.id];
  if (!source || !passage) return { label: ref.id, name: ref.slug, text: `${ref.slug}~${ref.id}` };
  const label = formatLabel(passage.label, locale);
  const name = displayName(source.source, strings.commentary);
  return { label, name, text: fill(strings.entry, { label, name }) };
}

const controlClass =
  'min-h-6 rounded border border-line bg-surface px-2 py-0.5 text-xs text-ink hover:bg-chip disabled:opacity-50';

/**
 * One quote of a sheet: its words, its source and label (linked to the passage's page), its principles, and controls.
 */
export function SheetItemView({
  entry,
  name: entryLabel,
  source,
  principles,
  locale,
  strings,
  onUp,
  onDown,
  onRemove,
  citation,
}: {
  entry: SheetRef;
  name: EntryName;
  source: SheetSourceFile | undefined;
  principles: { id: string; title: string; titleZh: string }[];
  locale: Locale;
  /** The full citation, printed under the quote (lib/sheet/export.ts fullCitation). */
  citation?: string;
} & ControlProps) {
  const passage = source?.passages[entry.id];
  if (!source || !passage) return <p className="text-muted">{`${entry.slug}~${entry.id}`}</p>;
  const name = displayName(source.source, strings.commentary);
  const stated = principles.filter((principle) => passage.principles.includes(principle.id));
  return (
    <figure className="sheet-item border-l-4 border-line pl-4">
      <blockquote lang={source.source.language} className="font-serif text-[1.0625rem] leading-[1.7]">
        {sourceTitle(passage.text, source.source.language)}
      </blockquote>
      <figcaption className="mt-2 space-y-2 text-sm">
        <p>
          <a href={passagePageUrl(entry.slug, entry.id, locale)}>
            <SourceAndLabel name={name} language={source.source.language} label={passage.label} locale={locale} />
          </a>
        </p>
        {citation && <p className="print-only">{citation}</p>}
        <PrincipleChips principles={stated} locale={locale} label={strings.principlesLabel} />
        <EntryControls name={entryLabel} strings={strings} onUp={onUp} onDown={onDown} onRemove={onRemove} />
      </figcaption>
    </figure>
  );
}

interface ControlProps {
  strings: ItemStrings & EntryStrings;
  onUp?: () => void;
  onDown?: () => void;
  onRemove: () => void;
}

/** Move up, move down and remove, each named with the entry's label and source. */
function EntryControls({ name: entryLabel, strings, onUp, onDown, onRemove }: ControlProps & { name: EntryName }) {
  return (
    <p className="flex flex-wrap gap-1.5 no-print">
      <button
        type="button"
        className={controlClass}
        onClick={onUp}
        disabled={!onUp}
        aria-label={fill(strings.moveUpEntry, entryLabel)}
      >
        ↑ {strings.moveUp}
      </button>
      <button
        type="button"
        className={controlClass}
        onClick={onDown}
        disabled={!onDown}
        aria-label={fill(strings.moveDownEntry, entryLabel)}
      >
        ↓ {strings.moveDown}
      </button>
      <button
        type="button"
        className={controlClass}
        onClick={onRemove}
        aria-label={fill(strings.removeEntry, entryLabel)}
      >
        × {strings.remove}
      </button>
    </p>
  );
}
