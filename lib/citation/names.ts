/**
 * Author names in each style, from the structured `authors` only: a person has a family and a given name, so name
 * order is never guessed from a string ("Cai Cuihong" and "Cuihong Cai" can both be cited correctly). A pen name or
 * column (和音) and an organisation are written as they are, never inverted or abbreviated.
 */
import type { Author } from '../content/schema';

type Person = Extract<Author, { family: string }>;

const HAN = /\p{Script=Han}/u;

function isPerson(author: Author): author is Person {
  return 'family' in author;
}

/** A name written in Chinese characters is written family name first, with no space: 蔡翠红. */
function hanName(person: Person): string | undefined {
  return HAN.test(person.family) || HAN.test(person.given ?? '') ? `${person.family}${person.given ?? ''}` : undefined;
}

/** The name as written, for a pen name or an organisation; `romanised` first when a style wants Latin script. */
function asWritten(author: Exclude<Author, Person>, style: 'original' | 'romanised' | 'both'): string {
  if ('organisation' in author) return author.organisation;
  if (!author.romanised || style === 'original') return author.penName;
  return style === 'romanised' ? author.romanised : `${author.romanised} ${author.penName}`;
}

/** "Jean-Paul Marie" → "J.-P. M." */
function initials(given: string): string {
  return given
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${Array.from(part)[0]}.`)
        .join('-'),
    )
    .join(' ');
}

/** APA reference list: "Cai, C.", "He Yin", "World Health Organization". */
export function apaName(author: Author): string {
  if (!isPerson(author)) return asWritten(author, 'romanised');
  return hanName(author) ?? (author.given ? `${author.family}, ${initials(author.given)}` : author.family);
}

/** APA in-text citations name the family name only: (Cai, 2024). */
export function inTextName(author: Author): string {
  if (!isPerson(author)) return asWritten(author, 'romanised');
  return hanName(author) ?? author.family;
}

/**
 * Chicago: the first author of a bibliography entry inverted ("Cai, Cuihong"), others and notes not ("Cuihong Cai").
 */
export function chicagoName(author: Author, inverted: boolean): string {
  if (!isPerson(author)) return asWritten(author, 'both');
  const han = hanName(author);
  if (han || !author.given) return han ?? author.family;
  return inverted ? `${author.family}, ${author.given}` : `${author.given} ${author.family}`;
}

/**
 * GB/T 7714-2015 §8.1.1: family name first; a name in Latin script has its family name in capitals ("CAI Cuihong";
 * the standard allows the given name in full or as initials, and full avoids guessing pinyin syllables); a Chinese
 * name is written as it is (蔡翠红); pen names and organisations as written in the source.
 */
export function gbtName(author: Author): string {
  if (!isPerson(author)) return asWritten(author, 'original');
  return hanName(author) ?? `${author.family.toUpperCase()}${author.given ? ` ${author.given}` : ''}`;
}

/**
 * BibTeX's "Family, Given" leaves no doubt about name order. Anything that is not a Latin-script person is braced so
 * that BibTeX never splits it into given and family names. `escape` is applied to the text, not to the braces.
 */
export function bibtexName(author: Author, escape: (text: string) => string): string {
  if (!isPerson(author)) return `{${escape(asWritten(author, 'both'))}}`;
  const han = hanName(author);
  if (han) return `{${escape(han)}}`;
  return author.given ? `${escape(author.family)}, ${escape(author.given)}` : `{${escape(author.family)}}`;
}

/** "A", "A and B", "A, B, and C": the serial comma of APA and Chicago, with the style's conjunction. */
export function serialList(names: readonly string[], conjunction: string): string {
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]} ${conjunction} ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, ${conjunction} ${names[names.length - 1]}`;
}
