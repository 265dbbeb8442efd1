/**
 * The header's theme button: light, dark, or as the system says; the choice is remembered (the inline preferences
 * script applies it before first paint). One button cycles from the system's setting to the other theme, to the
 * system's theme chosen for good, and back to following the system.
 */
import { THEME_STORAGE_KEY } from '@/components/site/preferences';
import { closestTarget } from './dom';

type Choice = 'light' | 'dark' | 'system';

const BUTTON = 'button[data-theme-toggle]';
const SYSTEM_DARK = '(prefers-color-scheme: dark)';

function chosen(): Choice {
  const theme = document.documentElement.dataset.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

/** The choice a click makes: system → the other theme → the system's theme, kept → system. */
export function nextChoice(current: Choice, systemDark: boolean): Choice {
  const system = systemDark ? 'dark' : 'light';
  const other = systemDark ? 'light' : 'dark';
  return current === 'system' ? other : current === other ? system : 'system';
}

function apply(choice: Choice) {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Private browsing may refuse storage; the theme still applies to this page.
  }
}

/** The button names what it will do (`data-to-<choice>`) and shows the short name of it (`data-<choice>`). */
function label(button: HTMLButtonElement) {
  const next = nextChoice(chosen(), window.matchMedia(SYSTEM_DARK).matches);
  const key = next[0].toUpperCase() + next.slice(1);
  button.setAttribute('aria-label', button.dataset[`to${key}`] ?? '');
  const icon = button.querySelector('[data-theme-icon]');
  const text = button.querySelector('[data-theme-text]');
  if (icon) icon.textContent = next === 'dark' ? '☾' : next === 'light' ? '☀' : '◐';
  if (text) text.textContent = button.dataset[next] ?? '';
}

export function attachTheme(): void {
  const relabel = () => document.querySelectorAll<HTMLButtonElement>(BUTTON).forEach(label);
  relabel();
  window.matchMedia(SYSTEM_DARK).addEventListener('change', relabel);
  document.addEventListener('click', (event) => {
    if (!closestTarget(event, BUTTON)) return;
    apply(nextChoice(chosen(), window.matchMedia(SYSTEM_DARK).matches));
    relabel();
  });
}
