/**
 * The header's language switch. The build writes each page's counterpart into its href (scripts/build/light-pages.ts),
 * so it works without script; at the moment of the click it follows the address as it is now, query and #fragment
 * included (a search page changes its query without a page load).
 */
import { inLocale, LOCALES, splitLocale, type Locale } from '@/lib/i18n/locales';
import { closestTarget } from './dom';

const isLocale = (value: string | undefined): value is Locale => LOCALES.some((locale) => locale === value);

export function attachLanguageSwitch(): void {
  document.addEventListener('click', (event) => {
    const link = closestTarget<HTMLAnchorElement>(event, 'a[data-language-switch]');
    const target = link?.dataset.languageSwitch;
    if (!link || !isLocale(target)) return;
    const { pathname, search, hash } = window.location;
    link.href = `${inLocale(splitLocale(pathname).path, target)}${search}${hash}`;
  });
}
