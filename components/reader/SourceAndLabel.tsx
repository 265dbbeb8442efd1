import { formatLabel } from '@/lib/content/labels';
import type { PassageLabel } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { punctuation } from '@/lib/i18n/punctuation';

/**
 * A passage named by its source and label, as link text: "A new era of openness, ¶ 3" / "和音，第3段". The label stays
 * on one line, so at 320 px no character of it ("段") wraps alone; the name keeps its own language for fonts and
 * screen readers.
 */
export function SourceAndLabel({
  name,
  language,
  label,
  locale,
  cite = false,
}: {
  name: string;
  language: string;
  label: PassageLabel;
  locale: Locale;
  /** Set the name as a work's title (`<cite>`), where the sentence around it names a work. */
  cite?: boolean;
}) {
  const Name = cite ? 'cite' : 'span';
  return (
    <>
      <Name lang={language}>{name}</Name>
      {punctuation(locale).comma}
      <span className="whitespace-nowrap">{formatLabel(label, locale)}</span>
    </>
  );
}
