/** Where the reader's choices are remembered: colour theme, and whether passages show why they state principles. */
export const THEME_STORAGE_KEY = 'theme';
export const SHOW_WHY_STORAGE_KEY = 'show-why';

/**
 * Runs in <head> before first paint: applies the saved theme (otherwise the system setting applies through CSS) and
 * the saved "show why" choice, so that neither flashes, and marks the page as scripted (`data-js`), so the controls
 * that need script (`[data-needs-js]`) take their place from the first paint rather than shifting the page later.
 * The build keeps this one inline script on pages without the framework (scripts/build/light-pages.ts).
 */
export const APPLY_SAVED_PREFERENCES = `document.documentElement.dataset.js='';try{var s=localStorage,d=document.documentElement,t=s.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')d.dataset.theme=t;if(s.getItem(${JSON.stringify(SHOW_WHY_STORAGE_KEY)})==='on')d.dataset.showWhy=''}catch(e){}`;
