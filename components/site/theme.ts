/** Where the reader's choice of colour theme is remembered. */
export const THEME_STORAGE_KEY = 'theme';

/** Runs in <head> before first paint: applies a saved theme; otherwise the system setting applies through CSS. */
export const APPLY_SAVED_THEME = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
