import 'server-only';
import { solidWords, tokenise, type Token } from '../text/tokens';

/**
 * Near-identical wording across sources: the same sentence of the Initiative quoted in several articles. Two passages
 * echo each other when they share a run of at least SHINGLE_WORDS words (or SHINGLE_HAN Chinese characters) after
 * normalisation. Found with shingles (hashes of every run of that length), so the cost grows with the corpus, not
 * with the square of it.
 */
const SHINGLE_WORDS = 8;
const SHINGLE_HAN = 12;
/** A run found in more passages than this is boilerplate, not a quotation worth linking. */
const MAX_SHARERS = 50;

export interface TextRange {
  start: number;
  end: number;
}

export interface WordingInput {
  /** Any key the caller uses to tell passages apart, e.g. `<slug>#<id>`. */
  key: string;
  /** Passages of the same group (source) are not compared with each other. */
  group: string;
  text: string;
}

export interface Echo {
  /** The other passage. */
  key: string;
  /** Ranges of this passage's text that the other passage shares. */
  ranges: TextRange[];
}

export function findEchoes(passages: readonly WordingInput[]): Map<string, Echo[]> {
  // Each position once, a hyphenated word as one ("frame-works" = "frameworks").
  const tokens: Token[][] = passages.map((passage) => solidWords(tokenise(passage.text)));
  const sharers = new Map<string, { passage: number; at: number; length: number }[]>();
  tokens.forEach((list, passage) => {
    for (let at = 0; at < list.length; at++) {
      const han = list[at].kind === 'han';
      const length = han ? SHINGLE_HAN : SHINGLE_WORDS;
      if (at + length > list.length) continue;
      const shingle = list
        .slice(at, at + length)
        .map((token) => token.text)
        .join(han ? '' : ' ');
      const entries = sharers.get(shingle) ?? [];
      entries.push({ passage, at, length });
      sharers.set(shingle, entries);
    }
  });

  // For each ordered pair of passages from different groups, the token positions of this passage they share.
  const shared = new Map<number, Map<number, Set<number>>>();
  for (const entries of sharers.values()) {
    if (entries.length < 2 || entries.length > MAX_SHARERS) continue;
    for (const a of entries) {
      for (const b of entries) {
        if (a.passage === b.passage || passages[a.passage].group === passages[b.passage].group) continue;
        const byOther = shared.get(a.passage) ?? new Map<number, Set<number>>();
        const positions = byOther.get(b.passage) ?? new Set<number>();
        for (let i = a.at; i < a.at + a.length; i++) positions.add(i);
        byOther.set(b.passage, positions);
        shared.set(a.passage, byOther);
      }
    }
  }

  const echoes = new Map<string, Echo[]>();
  for (const [passage, byOther] of shared) {
    echoes.set(
      passages[passage].key,
      [...byOther].map(([other, positions]) => ({
        key: passages[other].key,
        ranges: toRanges(
          [...positions].sort((x, y) => x - y),
          tokens[passage],
        ),
      })),
    );
  }
  return echoes;
}

/** Consecutive token positions become one character range of the original text, spaces between words included. */
function toRanges(positions: number[], tokens: Token[]): TextRange[] {
  const ranges: TextRange[] = [];
  positions.forEach((position, i) => {
    const last = ranges[ranges.length - 1];
    const token = tokens[position];
    if (last && positions[i - 1] === position - 1) last.end = token.end;
    else ranges.push({ start: token.start, end: token.end });
  });
  return ranges;
}
