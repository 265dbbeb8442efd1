/**
 * The search page's script, /search/ and /zh/search/ only (scripts/build/light-pages.ts adds it beside the reader's):
 * the page keeps React for its form, results and filters (components/search/), but not the framework's runtime and
 * inline payload, whose start-up alone blocked the main thread longer than the page's budget. This module is small:
 * it starts the search the address asks for at once, then loads React and the app (search-app.tsx) beside the
 * engine, so that neither waits for the other and each starts in a task of its own.
 */
import { IDLE_SHOWN, startEarlySearch } from '@/components/search/early-search';

// With nothing asked, the prerendered examples show at once rather than once React has loaded.
if (!startEarlySearch()) document.querySelector('[data-search-idle]')?.setAttribute(IDLE_SHOWN, '');
// React first, then the app, each evaluated in a task of its own. Should either fail to load, the prerendered form
// still searches (a plain GET form).
import('./react-dom').then(() => import('./search-app')).catch(() => undefined);
