import type { Locale } from '@/lib/i18n/locales';
import { messages, sourceName } from '@/lib/i18n/messages';
import type { PassageInVersion, PointEnglish as English } from '@/lib/pages/view';
import { MarkedText } from './MarkedText';
import { SourceAndLabel } from './SourceAndLabel';

function WordingLink({ wording, locale }: { wording: PassageInVersion; locale: Locale }) {
  return (
    <a href={wording.href}>
      <SourceAndLabel
        name={sourceName(wording.source, locale, true)}
        language={wording.source.language}
        label={wording.passage.label}
        locale={locale}
        cite
      />
    </a>
  );
}

/** "Official English translation of point 2", or "English wording in <cite>A new era</cite>, ¶ 3 — not official". */
function Heading({
  english,
  label,
  locale,
}: {
  english: Exclude<English, { kind: 'none' }>;
  label: string;
  locale: Locale;
}) {
  const t = messages(locale).takeAway;
  if (english.kind === 'official') return <>{t.officialEnglish(label)}</>;
  return (
    <>
      {t.wordingIn} <WordingLink wording={english.wording} locale={locale} />
      {locale === 'zh' ? '' : ' '}
      {messages(locale).punctuation.dash}
      {t.notOfficial}
    </>
  );
}

/**
 * A point's English, labelled for what it is (pages/view.ts pointEnglish): the official translation's wording, else an
 * article's wording named as that article's, else a plain line that the collection holds none. Further wordings are
 * linked, not quoted, so no paragraph appears twice on a page.
 */
export function PointEnglish({
  english,
  label,
  principle,
  locale,
}: {
  english: English;
  label: string;
  principle?: string;
  locale: Locale;
}) {
  const t = messages(locale).takeAway;
  if (english.kind === 'none')
    return (
      <p className="mt-3 ml-5 text-sm text-muted" data-english="none">
        {t.noEnglish(label)}
      </p>
    );
  return (
    <figure className="mt-3 ml-5 border-l-2 border-line pl-3" data-english={english.kind}>
      <figcaption className="mb-1 text-xs font-semibold text-muted">
        <Heading english={english} label={label} locale={locale} />
      </figcaption>
      <blockquote lang={english.wording.source.language} className="font-serif leading-[1.7]">
        <MarkedText
          passage={english.wording.passage}
          principle={principle}
          language={english.wording.source.language}
        />
      </blockquote>
      {english.kind === 'official' && (
        <p className="mt-1 text-sm">
          <WordingLink wording={english.wording} locale={locale} />
        </p>
      )}
      {english.others.length > 0 && (
        <p className="mt-1 text-sm text-muted">
          {t.alsoWorded}{' '}
          {english.others.map((other, i) => (
            <span key={other.href}>
              {i > 0 && messages(locale).punctuation.semicolon}
              <WordingLink wording={other} locale={locale} />
            </span>
          ))}
        </p>
      )}
    </figure>
  );
}
