'use client';

import { useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY } from './preferences';

type Theme = 'light' | 'dark';

export interface ThemeStrings {
  dark: string;
  light: string;
  toDark: string;
  toLight: string;
  unknown: string;
}

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}

/** Switches between light and dark; the choice is remembered, and until one is made the system setting rules. */
export function ThemeToggle({ strings }: { strings: ThemeStrings }) {
  const theme = useSyncExternalStore<Theme | undefined>(subscribe, currentTheme, () => undefined);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="rounded border border-line px-2 py-1 text-sm text-ink hover:bg-chip"
      aria-label={theme ? (next === 'dark' ? strings.toDark : strings.toLight) : strings.unknown}
      onClick={() => {
        document.documentElement.dataset.theme = next;
        try {
          localStorage.setItem(THEME_STORAGE_KEY, next);
        } catch {
          // Private browsing may refuse storage; the theme still applies to this page.
        }
      }}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
      <span className="ml-1 hidden sm:inline">{theme === 'dark' ? strings.light : strings.dark}</span>
    </button>
  );
}
