/**
 * The search page's live part, /search/ and /zh/search/ only (scripts/build/light-pages.ts adds it beside the
 * reader's script): the page keeps React for its form, results and filters (components/search/), but not the
 * framework's runtime and inline payload, whose start-up alone blocked the main thread longer than the page's
 * budget. React renders into the prerendered form's place; the prerendered examples and principles stay server
 * markup, moved into the app while nothing is asked.
 */
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { SearchApp, SearchProvider } from '@/components/search/SearchApp';
import { splitLocale } from '@/lib/i18n/locales';

/**
 * The prerendered examples, moved into the app where it shows them (while nothing is asked). Until then they are
 * hidden while script runs (app/globals.css), so that a query in the address never flashes them.
 */
function Prerendered({ node }: { node: HTMLElement }) {
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    place.current?.append(node);
    node.setAttribute('data-search-idle-shown', '');
    return () => node.removeAttribute('data-search-idle-shown');
  }, [node]);
  return <div ref={place} />;
}

const mount = document.querySelector<HTMLElement>('[data-search-app]');
const idle = document.querySelector<HTMLElement>('[data-search-idle]');
if (mount) {
  const { locale } = splitLocale(window.location.pathname);
  createRoot(mount).render(
    <SearchProvider locale={locale}>
      <SearchApp idle={idle && <Prerendered node={idle} />} />
    </SearchProvider>,
  );
}
