/**
 * Tokens: the second half of the one way this project compares text (normalise.ts is the first). Normalised text is
 * split into words of spaced scripts and single Chinese characters, each with its place in the original text and a
 * position in reading order.
 *
 * A hyphenated word is read two ways at once: as its parts, each at its own position ("open", "source"), and as the
 * joined form standing over them ("opensource", a `joined` token spanning two positions). So "open source",
 * "open-source" and "opensource" can find each other, and "discrimination" is found inside "non-discrimination".
 * Given `compounds` (the joined forms the corpus writes with a hyphen), a word written solid ("nondiscrimination") is
 * also read as its parts, and words written apart ("open source") also as their joined form.
 */
import { normaliseWithOffsets, type HanFold } from './normalise';

export interface Token {
  /** The comparable form: a word, one Chinese character, or a hyphenated word's parts joined. */
  text: string;
  kind: 'word' | 'han' | 'joined';
  /** [start, end) in the original text. */
  start: number;
  end: number;
  /** Reading order: each word or character takes one position; a joined token stands at its first part's. */
  position: number;
  /** Positions covered: 1, or the number of parts a joined token stands for. */
  span: number;
}

/** Joined form → its parts, for every word the corpus writes with hyphens ("opensource" → ["open", "source"]). */
export type Compounds = ReadonlyMap<string, readonly string[]>;

export interface TokeniseOptions {
  han?: HanFold;
  compounds?: Compounds;
}

/** A Chinese character, or a run of letters and digits of other scripts, possibly joined by hyphens. */
const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:-(?:(?!\p{Script=Han})[\p{L}\p{N}])+)*/gu;
const HAN = /^\p{Script=Han}$/u;
/** Longest run of separate words read as one compound ("state of the art" → "stateoftheart"). */
const MAX_COMPOUND_PARTS = 4;

/** Tokens in reading order; a joined token comes right after the first of its parts. */
export function tokenise(original: string, options: TokeniseOptions = {}): Token[] {
  const { text, offsets } = normaliseWithOffsets(original, options.han);
  const tokens: Token[] = [];
  let position = 0;
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index;
    const word = match[0];
    if (HAN.test(word)) {
      tokens.push({
        text: word,
        kind: 'han',
        start: offsets[at],
        end: offsets[at + word.length],
        position: position++,
        span: 1,
      });
      continue;
    }
    const parts = word.includes('-') ? word.split('-') : (options.compounds?.get(word) ?? [word]);
    const first = tokens.length;
    let from = at;
    for (const part of parts) {
      tokens.push({
        text: part,
        kind: 'word',
        start: offsets[from],
        end: offsets[from + part.length],
        position: position++,
        span: 1,
      });
      from += part.length + (word.includes('-') ? 1 : 0);
    }
    if (parts.length > 1) {
      const joined = {
        text: parts.join(''),
        kind: 'joined' as const,
        start: offsets[at],
        end: offsets[at + word.length],
        position: position - parts.length,
        span: parts.length,
      };
      tokens.splice(first + 1, 0, joined);
    }
  }
  return options.compounds ? withCompoundsWrittenApart(tokens, options.compounds) : tokens;
}

/** Adds a joined token over separate words that together spell a known compound ("open source" → "opensource"). */
function withCompoundsWrittenApart(tokens: Token[], compounds: Compounds): Token[] {
  const words = tokens.filter((token) => token.kind === 'word');
  const result: Token[] = [];
  let next = 0;
  words.forEach((token, i) => {
    while (tokens[next] !== token) result.push(tokens[next++]);
    result.push(tokens[next++]);
    let joined = token.text;
    for (
      let k = 1;
      k < MAX_COMPOUND_PARTS && i + k < words.length && words[i + k].position === token.position + k;
      k++
    ) {
      joined += words[i + k].text;
      const parts = compounds.get(joined);
      const spelt = parts?.length === k + 1 && parts.every((part, j) => words[i + j].text === part);
      // A compound already written with hyphens has its joined token; words written apart get one here.
      if (
        spelt &&
        !tokens.some((other) => other.kind === 'joined' && other.position === token.position && other.text === joined)
      ) {
        result.push({
          text: joined,
          kind: 'joined',
          start: token.start,
          end: words[i + k].end,
          position: token.position,
          span: k + 1,
        });
      }
    }
  });
  while (next < tokens.length) result.push(tokens[next++]);
  return result;
}

/**
 * One reading of the text, each position once, a hyphenated word as its joined form ("frame-works" = "frameworks"):
 * for comparing two texts word by word.
 */
export function solidWords(tokens: readonly Token[]): Token[] {
  const words: Token[] = [];
  let next = 0;
  tokens.forEach((token, i) => {
    if (token.position < next || token.kind === 'joined') return;
    // A joined token comes right after its first part.
    const following = tokens[i + 1];
    const word = following?.kind === 'joined' && following.position === token.position ? following : token;
    words.push(word);
    next = token.position + word.span;
  });
  return words;
}

/** The comparable forms of a text's tokens, joined forms included: what a short query or term is made of. */
export function tokenTexts(original: string, options?: TokeniseOptions): string[] {
  return tokenise(original, options).map((token) => token.text);
}

export function isHanToken(token: string): boolean {
  return HAN.test(token);
}

/** The compounds a set of texts write with hyphens: joined form → parts. */
export function hyphenatedCompounds(texts: Iterable<string>, han?: HanFold): Map<string, string[]> {
  const compounds = new Map<string, string[]>();
  for (const text of texts) {
    const tokens = tokenise(text, { han });
    for (const token of tokens) {
      if (token.kind !== 'joined') continue;
      const parts = tokens.filter(
        (part) =>
          part.kind === 'word' && part.position >= token.position && part.position < token.position + token.span,
      );
      compounds.set(
        token.text,
        parts.map((part) => part.text),
      );
    }
  }
  return compounds;
}
