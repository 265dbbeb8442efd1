import { localTitle } from '@/lib/i18n/local-title';
import type { Locale } from '@/lib/i18n/locales';
import type { PrincipleChip } from '@/lib/content/refs';
import { principleUrl } from '@/lib/urls';

type Named = Pick<PrincipleChip, 'id' | 'title'> & Partial<Pick<PrincipleChip, 'titleZh'>>;

/** Links to the principles a passage states (on reading pages and in search results alike). */
export function PrincipleChips({
  principles,
  locale,
  label,
}: {
  principles: readonly Named[];
  locale: Locale;
  label: string;
}) {
  if (principles.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={label}>
      {principles.map((principle) => (
        <li key={principle.id}>
          <a
            href={principleUrl(principle.id, locale)}
            className="inline-flex min-h-6 items-center rounded-full bg-chip px-2.5 py-0.5 text-xs font-medium text-chip-ink no-underline hover:underline"
          >
            {localTitle(principle, locale)}
          </a>
        </li>
      ))}
    </ul>
  );
}
