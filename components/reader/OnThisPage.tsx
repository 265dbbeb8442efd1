import { formatLabel } from '@/lib/content/labels';
import type { Language } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import type { ContentsEntry } from '@/lib/pages/sources';

function Entries({ entries, language, locale }: { entries: ContentsEntry[]; language: Language; locale: Locale }) {
  return (
    <ol className="mt-2 space-y-0.5 text-sm">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`} className="block py-0.5 no-underline hover:underline">
            <span className="text-muted">{formatLabel(entry.label, locale)}</span>{' '}
            <span lang={language} className="text-ink">
              {entry.excerpt}
            </span>
          </a>
        </li>
      ))}
    </ol>
  );
}

interface OnThisPageProps {
  entries: ContentsEntry[];
  language: Language;
  locale: Locale;
}

/**
 * "On this page" for a long source, a list of its passages (or its headings), in two renderings shown at different
 * widths so neither needs script: on narrow screens closed behind its title above the text (this one); on wide ones
 * always open in a column of its own that stays in view while the text scrolls (OnThisPageColumn).
 */
export function OnThisPageMenu({ entries, language, locale }: OnThisPageProps) {
  const t = messages(locale).wayfinding;
  if (entries.length === 0) return null;
  return (
    <nav aria-label={t.onThisPage} className="mb-6 rounded border border-line bg-surface p-3 xl:hidden no-print">
      <details>
        <summary className="cursor-pointer py-0.5 font-semibold">{t.onThisPage}</summary>
        <Entries entries={entries} language={language} locale={locale} />
      </details>
    </nav>
  );
}

export function OnThisPageColumn({ entries, language, locale }: OnThisPageProps) {
  const t = messages(locale).wayfinding;
  if (entries.length === 0) return null;
  return (
    <nav
      aria-labelledby="on-this-page"
      className="sticky top-4 hidden max-h-[calc(100vh-2rem)] overflow-y-auto xl:block no-print"
    >
      <h2 id="on-this-page" className="text-xs font-semibold uppercase tracking-wider text-muted">
        {t.onThisPage}
      </h2>
      <Entries entries={entries} language={language} locale={locale} />
    </nav>
  );
}
