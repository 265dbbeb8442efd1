import { PrincipleChips } from '@/components/reader/PrincipleChips';
import { displayName, sourceTitle } from '@/lib/i18n/source-name';
import { formatLabel } from '@/lib/content/labels';
import type { Locale } from '@/lib/i18n/locales';
import { punctuation } from '@/lib/i18n/punctuation';
import type { SheetSourceFile } from '@/lib/sheet/files';
import type { SheetRef } from '@/lib/sheet/codec';
import { passagePageUrl } from '@/lib/urls';

export interface ItemStrings {
  moveUp: string;
  moveDown: string;
  remove: string;
  commentary: string;
  principlesLabel: string;
}

const controlClass =
  'rounded border border-line bg-surface px-2 py-0.5 text-xs text-ink hover:bg-chip disabled:opacity-50';

/**
 * One quote of a sheet: its words, its source and label (linked to the passage's page), its principles, and controls.
 */
// eslint-disable-next-line max-lines-per-function -- split pending (issue 20 item 4)
export function SheetItemView({
  entry,
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
  source: SheetSourceFile | undefined;
  principles: { id: string; title: string; titleZh: string }[];
  locale: Locale;
  strings: ItemStrings;
  onUp?: () => void;
  onDown?: () => void;
  onRemove: () => void;
  /** The full citation, printed under the quote (lib/sheet/export.ts fullCitation). */
  citation?: string;
}) {
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
            <span lang={source.source.language}>{name}</span>
            {punctuation(locale).comma}
            {formatLabel(passage.label, locale)}
          </a>
        </p>
        {citation && <p className="print-only">{citation}</p>}
        <PrincipleChips principles={stated} locale={locale} label={strings.principlesLabel} />
        <p className="flex flex-wrap gap-1.5 no-print">
          <button
            type="button"
            className={controlClass}
            onClick={onUp}
            disabled={!onUp}
            aria-label={`${strings.moveUp}: ${name}`}
          >
            ↑ {strings.moveUp}
          </button>
          <button
            type="button"
            className={controlClass}
            onClick={onDown}
            disabled={!onDown}
            aria-label={`${strings.moveDown}: ${name}`}
          >
            ↓ {strings.moveDown}
          </button>
          <button type="button" className={controlClass} onClick={onRemove} aria-label={`${strings.remove}: ${name}`}>
            × {strings.remove}
          </button>
        </p>
      </figcaption>
    </figure>
  );
}
