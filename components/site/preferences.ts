/** Where the reader's choices are remembered: colour theme, and whether passages show why they state principles. */
export const THEME_STORAGE_KEY = 'theme';
export const SHOW_WHY_STORAGE_KEY = 'show-why';

/**
 * Runs in <head> before first paint: applies the saved theme (otherwise the system setting applies through CSS) and
 * the saved "show why" choice, so that neither flashes.
 */
export const APPLY_SAVED_PREFERENCES = `try{var s=localStorage,d=document.documentElement,t=s.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')d.dataset.theme=t;if(s.getItem(${JSON.stringify(SHOW_WHY_STORAGE_KEY)})==='on')d.dataset.showWhy=''}catch(e){}`;
