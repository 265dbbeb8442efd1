import type { Language, Source } from '../content/schema';
import { displayText } from '../text/display-punctuation';

export type NamedSource = Pick<Source, 'title' | 'shortTitle' | 'about' | 'language'>;

/** Text as shown: Chinese with Chinese punctuation (display-punctuation.ts), as passages are. */
export function sourceTitle(title: string, language: Language): string {
  return displayText(title, language);
}

/**
 * A source's name in lists and links: its title, or its short title where room is scarce. A commentary on another text
 * may carry nearly that text's title (the He Yin commentary does), so its full title says that it is a commentary
 * (`commentary`: the word in the interface's language). Pure, so client components use it too.
 */
export function displayName(source: NamedSource, commentary: string, short = false): string {
  if (short && source.shortTitle) return sourceTitle(source.shortTitle, source.language);
  const title = sourceTitle(source.title, source.language);
  return source.about ? `${title} (${commentary})` : title;
}
