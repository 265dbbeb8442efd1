import { HTML_LANG, otherLocale, type Locale } from '@/lib/i18n/locales';
import { homeUrl } from '@/lib/urls';

/**
 * The same page in the other interface language. The layout does not know the page's path, so it renders the other
 * language's home page and the build writes each page's counterpart (scripts/build/light-pages.ts): it works without
 * script. With script (client/language.ts), the click follows the address as it is then, query and #fragment kept.
 */
export function LanguageSwitch({ locale, name }: { locale: Locale; name: string }) {
  const target = otherLocale(locale);
  return (
    <a
      href={homeUrl(target)}
      hrefLang={HTML_LANG[target]}
      lang={HTML_LANG[target]}
      data-language-switch={target}
      className="rounded border border-line px-2 py-1 text-sm text-ink no-underline hover:bg-chip"
    >
      {name}
    </a>
  );
}
