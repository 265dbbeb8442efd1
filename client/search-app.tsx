/**
 * The search page's React app (components/search/), loaded by its script (search-page.ts): React renders into the
 * prerendered form's place; the prerendered examples and principles stay server markup, moved into the app while
 * nothing is asked.
 */
import { startTransition, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { IDLE_SHOWN } from '@/components/search/early-search';
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
    node.setAttribute(IDLE_SHOWN, '');
    return () => node.removeAttribute(IDLE_SHOWN);
  }, [node]);
  return <div ref={place} />;
}

const mount = document.querySelector<HTMLElement>('[data-search-app]');
const idle = document.querySelector<HTMLElement>('[data-search-idle]');
if (mount) {
  const { locale } = splitLocale(window.location.pathname);
  const root = createRoot(mount);
  // As a transition React renders in slices, yielding to the browser between them: the first render, which also
  // compiles much of React, is otherwise one long task.
  startTransition(() =>
    root.render(
      <SearchProvider locale={locale}>
        <SearchApp idle={idle && <Prerendered node={idle} />} />
      </SearchProvider>,
    ),
  );
}
