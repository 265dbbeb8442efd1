import type { ThemeStrings } from '@/lib/i18n/messages';

/**
 * The theme button: light, dark, or as the system says (client/theme.ts cycles it and labels it with what it will
 * do). Server-rendered as "to dark", the next step from a light system; hidden until script runs (`data-needs-js`).
 */
export function ThemeToggle({ strings }: { strings: ThemeStrings }) {
  return (
    <button
      type="button"
      data-theme-toggle
      data-needs-js
      data-light={strings.light}
      data-dark={strings.dark}
      data-system={strings.system}
      data-to-light={strings.toLight}
      data-to-dark={strings.toDark}
      data-to-system={strings.toSystem}
      aria-label={strings.toDark}
      className="rounded border border-line px-2 py-1 text-sm text-ink hover:bg-chip"
    >
      <span aria-hidden="true" data-theme-icon>
        ☾
      </span>
      <span className="ml-1 hidden sm:inline" data-theme-text>
        {strings.dark}
      </span>
    </button>
  );
}
