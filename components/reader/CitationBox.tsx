import type { Citations } from '@/lib/citation';
import type { CitationData } from '@/lib/citation/take-away';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';

const buttonClass = 'min-h-6 rounded border border-line px-2 py-0.5 text-xs text-muted hover:text-ink';

interface Style {
  key: string;
  label: string;
  text: string;
}

/** One style's citation in a read-only field, with its copy button. */
function CitationStyle({ style, locale }: { style: Style; locale: Locale }) {
  const t = messages(locale);
  return (
    <div>
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
        {/*
          A read-only text field rather than <pre>: without script too, a keyboard user can tab to it, select
          exactly the citation (Ctrl-A selects the field, not the page) and copy it.
        */}
        <textarea
          id={`cite-${style.key}`}
          readOnly
          aria-label={t.source.citationLabel(style.label)}
          rows={style.text.split('\n').length + Math.floor(style.text.length / 80)}
          value={style.text}
          className="mt-1 block w-full resize-none border-0 bg-transparent p-0 font-mono text-xs whitespace-pre-wrap break-words text-ink [field-sizing:content]"
        />
      </dd>
    </div>
  );
}

/**
 * Ready-to-paste citations of a source or a passage, each with a copy button, and RIS / CSL-JSON downloads. What is
 * copied or downloaded is made in the browser from `data` (client/copy.ts → lib/citation/take-away.ts): at the page's
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
  const styles: Style[] = [
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
          <CitationStyle key={style.key} style={style} locale={locale} />
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
