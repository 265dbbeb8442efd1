/**
 * React, loaded and started by the search page's script before its app (search-page.ts): evaluating React and the app
 * in one module graph made one long task; apart, each is a task of its own.
 */
export { createRoot } from 'react-dom/client';
