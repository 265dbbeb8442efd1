/**
 * The pages that keep React (/search/, /sheet/) say when they have hydrated, and the reader's script waits for that
 * before touching the page: React takes any text it did not render for a hydration mismatch.
 */
export const HYDRATED_EVENT = 'reader:hydrated';
const HYDRATED_ATTRIBUTE = 'data-hydrated';

/** Called by a React page once it has hydrated (in an effect). */
export function announceHydrated(): void {
  document.documentElement.setAttribute(HYDRATED_ATTRIBUTE, '');
  document.dispatchEvent(new Event(HYDRATED_EVENT));
}

/** Runs `attach` now on a page without React (the framework's payload is gone), else once React has hydrated. */
export function afterHydration(attach: () => void): void {
  const react = '__next_f' in window;
  if (!react || document.documentElement.hasAttribute(HYDRATED_ATTRIBUTE)) attach();
  else document.addEventListener(HYDRATED_EVENT, attach, { once: true });
}
