/** Bounds on what a reader may ask, in a module of their own so that a page's search box can say them cheaply. */

/** Longer input (a pasted page) is cut here: enough for any remembered phrase. */
export const MAX_QUERY_LENGTH = 500;
/** More tokens than this add nothing to a search and only cost time. */
export const MAX_QUERY_TOKENS = 32;
