import type { Citations } from '@/lib/citation';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';

/** Ready-to-paste citations of a source or a passage, each with a copy button (client/copy.ts). */
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
                className="rounded border border-line px-2 py-0.5 text-xs text-muted hover:text-ink"
              >
                {t.copy}
              </button>
            </dt>
            <dd>
              {/*
                A read-only text field rather than <pre>: without script too, a keyboard user can tab to it, select
                exactly the citation (Ctrl-A selects the field, not the page) and copy it.
              */}
              <textarea
                id={`cite-${style.key}`}
                readOnly
                aria-label={t.citationLabel(style.label)}
                rows={style.text.split('\n').length + Math.floor(style.text.length / 80)}
                value={style.text}
                className="mt-1 block w-full resize-none border-0 bg-transparent p-0 font-mono text-xs whitespace-pre-wrap break-words text-ink [field-sizing:content]"
              />
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
