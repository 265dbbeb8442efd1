/** The search page's state, shared by its components: what is shown, and what the URL asks for. */
import type { SearchResponse } from '@/lib/search/client';
import type { SearchParams } from '@/lib/urls';

export type Shown =
  | { state: 'idle' }
  | { state: 'loading'; previous?: SearchResponse }
  | { state: 'done'; response: SearchResponse }
  | { state: 'failed' };

/** The search state in the URL; an empty string is an unset parameter. */
export type UrlState = Required<SearchParams>;
