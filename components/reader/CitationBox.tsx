import type { Citations } from '@/lib/citation';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';

/** Ready-to-paste citations of a source or a passage, each with a copy button. */
export function CitationBox({
  citations,
  locale,
  title,
  note,
  open = false,
}: {
  citations: Citations;
  locale: Locale;
  title?: string;
  note?: string;
  open?: boolean;
}) {
  const t = messages(locale).source;
  const styles = [
    { key: 'apa', label: 'APA', text: citations.apa },
    { key: 'chicago', label: 'Chicago', text: citations.chicago },
    { key: 'bibtex', label: 'BibTeX', text: citations.bibtex },
    { key: 'gbt', label: 'GB/T 7714', text: citations.gbt },
  ];
  return (
    <details open={open} className="rounded border border-line bg-surface p-3 text-sm no-print">
      <summary className="cursor-pointer font-medium">{title ?? t.cite}</summary>
      {note && <p className="mt-2 text-xs text-muted">{note}</p>}
      <dl className="mt-3 space-y-3">
        {styles.map((style) => (
          <div key={style.key}>
            <dt className="flex items-center gap-3 font-medium">
              {style.label}
              <button
                type="button"
                data-copy="element"
                data-target={`cite-${style.key}`}
                data-label={t.citationLabel(style.label)}
                className="min-h-6 rounded border border-line px-2 py-0.5 text-xs text-muted hover:text-ink"
              >
                {t.copy}
              </button>
            </dt>
            <dd>
              <pre
                id={`cite-${style.key}`}
                className="mt-1 overflow-x-auto whitespace-pre-wrap break-words font-mono text-xs text-ink"
              >
                {style.text}
              </pre>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
