import type { Locale } from './locales';

/**
 * A principle's (or the Initiative's) title in a language: the Chinese title under the Chinese interface when there
 * is one, else the English. `localTitle(p, otherLocale(locale))` gives the other language's, shown beside it.
 */
export function localTitle(named: { title: string; titleZh?: string }, locale: Locale): string {
  return locale === 'zh' && named.titleZh ? named.titleZh : named.title;
}
