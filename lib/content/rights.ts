/**
 * Who holds the rights to a republished text, as collected: the page's own statement when it has one ("© China Daily"),
 * else its publisher. The site republishes whole texts; they remain their publishers'. Nothing is guessed: a text with
 * neither has no stated rights holder.
 */
import type { Source } from './schema';

export interface Rights {
  /** Who holds the rights: the publisher, or the statement itself when no publisher is stated. */
  holder: string;
  /** The page's own statement, as collected. */
  statement?: string;
}

export function rightsOf(source: Pick<Source, 'publisher' | 'rights'>): Rights | undefined {
  const holder = source.publisher ?? source.rights;
  if (!holder) return undefined;
  return source.rights ? { holder, statement: source.rights } : { holder };
}
