import type { ReactNode } from 'react';
import type { Principle } from '@/lib/content/schema';
import { localTitle } from '@/lib/i18n/local-title';
import { HTML_LANG, otherLocale, type Locale } from '@/lib/i18n/locales';
import { PageHeading } from './PageHeading';

/** The principle's names and summary in the interface's language, the other language's name beneath. */
export function PrincipleHeading({
  principle,
  locale,
  eyebrow,
  children,
}: {
  principle: Principle;
  locale: Locale;
  eyebrow: string;
  children?: ReactNode;
}) {
  return (
    <PageHeading eyebrow={eyebrow} title={localTitle(principle, locale)}>
      <p lang={HTML_LANG[otherLocale(locale)]} className="mt-1 text-lg text-muted">
        {localTitle(principle, otherLocale(locale))}
      </p>
      {children}
    </PageHeading>
  );
}
