'use client';

import { useEffect, useState } from 'react';
import { HTML_LANG, inLocale, otherLocale, splitLocale, type Locale } from '@/lib/i18n/locales';
import { homeUrl } from '@/lib/urls';

/** The same page in the other language, with its query and #fragment: a shared deep link survives the switch. */
function samePageIn(target: Locale): string {
  const { pathname, search, hash } = window.location;
  return `${inLocale(splitLocale(pathname).path, target)}${search}${hash}`;
}

/**
 * Moves to the same page in the other interface language. Without script it leads to that language's home page; with
 * it, the link follows the current address (including #fragments changed in the page).
 */
export function LanguageSwitch({ locale, name }: { locale: Locale; name: string }) {
  const target = otherLocale(locale);
  const [href, setHref] = useState(homeUrl(target));
  useEffect(() => {
    const follow = () => setHref(samePageIn(target));
    follow();
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, [target]);
  return (
    <a
      href={href}
      hrefLang={HTML_LANG[target]}
      lang={HTML_LANG[target]}
      // A search page changes its query without a history event; read the address at the moment of the click.
      onClick={(event) => event.currentTarget.setAttribute('href', samePageIn(target))}
      className="rounded border border-line px-2 py-1 text-sm text-ink no-underline hover:bg-chip"
    >
      {name}
    </a>
  );
}
