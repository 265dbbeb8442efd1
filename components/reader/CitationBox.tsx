import type { Citations } from '@/lib/citation';

/** Ready-to-paste citations of a source, each with a copy button. */
export function CitationBox({ citations }: { citations: Citations }) {
  const styles = [
    { key: 'apa', label: 'APA', text: citations.apa },
    { key: 'chicago', label: 'Chicago', text: citations.chicago },
    { key: 'bibtex', label: 'BibTeX', text: citations.bibtex },
  ];
  return (
    <details className="rounded border border-line bg-surface p-3 text-sm no-print">
      <summary className="cursor-pointer font-medium">Cite this source</summary>
      <dl className="mt-3 space-y-3">
        {styles.map((style) => (
          <div key={style.key}>
            <dt className="flex items-center gap-3 font-medium">
              {style.label}
              <button
                type="button"
                data-copy="element"
                data-target={`cite-${style.key}`}
                data-label={`${style.label} citation`}
                className="rounded border border-line px-2 py-0.5 text-xs text-muted hover:text-ink"
              >
                Copy
              </button>
            </dt>
            <dd>
              <pre id={`cite-${style.key}`} className="mt-1 overflow-x-auto whitespace-pre-wrap break-words font-mono text-xs text-ink">
                {style.text}
              </pre>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
