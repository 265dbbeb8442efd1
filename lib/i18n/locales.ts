/**
 * The interface's languages. English pages keep their published, unprefixed URLs; Chinese pages live under /zh/ with
 * the same paths. Content is never translated: only the interface around it.
 */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** The `lang` a page declares (BCP 47): Chinese pages are in Simplified Chinese. */
export const HTML_LANG: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

const PREFIX: Record<Locale, string> = { en: '', zh: '/zh' };

/** A site path in a locale: '/principles/' → '/zh/principles/'. */
export function inLocale(path: string, locale: Locale): string {
  return `${PREFIX[locale]}${path}`;
}

/** The locale of a site path, and the path without its locale prefix. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  if (path === '/zh' || path.startsWith('/zh/')) return { locale: 'zh', path: path.slice(3) || '/' };
  return { locale: 'en', path };
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}
