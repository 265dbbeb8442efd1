import type { Citations } from '@/lib/citation';
import type { CitationData } from '@/lib/citation/take-away';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';

const buttonClass = 'rounded border border-line px-2 py-0.5 text-xs text-muted hover:text-ink';

/**
 * Ready-to-paste citations of a source or a passage, each with a copy button, and RIS / CSL-JSON downloads. What is
 * copied or downloaded is made in the browser from `data` (CopyActions → lib/citation/take-away.ts): at the page's
 * own origin when the build had no SITE_URL, and with today's date as GB/T 7714's 引用日期.
 */
export function CitationBox({
  citations,
  data,
  locale,
  title,
  note,
  open = false,
}: {
  citations: Citations & { apaInText?: string };
  data: CitationData;
  locale: Locale;
  title?: string;
  note?: string;
  open?: boolean;
}) {
  const t = messages(locale);
  const styles = [
    { key: 'apa', label: 'APA', text: citations.apa },
    ...(citations.apaInText ? [{ key: 'apaInText', label: t.takeAway.apaInText, text: citations.apaInText }] : []),
    { key: 'chicago', label: 'Chicago', text: citations.chicago },
    { key: 'bibtex', label: 'BibTeX', text: citations.bibtex },
    { key: 'gbt', label: 'GB/T 7714', text: citations.gbt },
  ];
  return (
    <details
      open={open}
      data-citation={JSON.stringify(data)}
      className="rounded border border-line bg-surface p-3 text-sm no-print"
    >
      <summary className="cursor-pointer font-medium">{title ?? t.source.cite}</summary>
      {note && <p className="mt-2 text-xs text-muted">{note}</p>}
      <dl className="mt-3 space-y-3">
        {styles.map((style) => (
          <div key={style.key}>
            <dt className="flex items-center gap-3 font-medium">
              {style.label}
              <button
                type="button"
                data-copy="cite"
                data-style={style.key}
                data-label={t.source.citationLabel(style.label)}
                className={buttonClass}
              >
                {t.source.copy}
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
      <p className="mt-3 flex flex-wrap items-center gap-2">
        <span className="font-medium">{t.takeAway.exports}</span>
        {(['ris', 'csl'] as const).map((format) => (
          <button key={format} type="button" data-export={format} className={buttonClass}>
            {t.takeAway.download(t.takeAway[format])}
          </button>
        ))}
      </p>
    </details>
  );
}
