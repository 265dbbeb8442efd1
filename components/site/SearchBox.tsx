'use client';

import { useEffect, useRef } from 'react';

/**
 * The header's search form. It works without JavaScript (a GET to /search/); with it, "/" and Ctrl/Cmd-K focus it
 * from anywhere on the page.
 */
export function SearchBox({ action, label, placeholder }: { action: string; label: string; placeholder: string }) {
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      const typing = target?.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target?.tagName ?? '');
      const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing);
      if (!shortcut) return;
      event.preventDefault();
      // On the search page its own box takes the shortcut: typing there searches without leaving the page.
      const box = document.querySelector<HTMLInputElement>('[data-primary-search]') ?? input.current;
      box?.focus();
      box?.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <form role="search" aria-label={label} action={action} method="get" className="flex min-w-0 flex-1 items-center sm:max-w-xs">
      <label htmlFor="site-search" className="sr-only">
        {label}
      </label>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        placeholder={placeholder}
        autoComplete="off"
        maxLength={500}
        className="w-full min-w-0 rounded border border-line bg-surface px-3 py-1.5 text-sm text-ink placeholder:text-muted"
      />
    </form>
  );
}
