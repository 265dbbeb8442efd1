/**
 * A parsed query as what the engine matches: slots that must all hold (any order), each held by any one of its
 * options. A word is a slot with one option, itself. Where words of the query name a glossary term (content/
 * glossary.md, and each principle's terms), those words become one slot whose other options are the term's other
 * names: "UN" is also 联合国 and "United Nations"; 小院高墙 is also "small yard, high fence". So an English query
 * reaches Chinese passages and the reverse.
 */
import { readings } from '../text/match';
import { tokenise } from '../text/tokens';
import type { IndexedGlossaryPair } from './files';
import type { ParsedQuery, QueryUnit } from './query';

/** Tokens that must stand together, read any of a few ways; the last one possibly a prefix. */
export interface Run {
  readings: string[][];
  prefix: boolean;
}

export interface SlotOption {
  /** All must hold: an option of the query's own words has one run per word. */
  runs: Run[];
  /** How much a match through this option counts: 1 for the query's own words, less for a glossary name. */
  weight: number;
  /** Another name of the query's words, from the glossary (a why-line names it). */
  glossary?: boolean;
}

export interface Slot {
  options: SlotOption[];
  /** The query's own tokens that this slot stands for. */
  tokens: string[];
}

/** Ranking weights of a match through the glossary: editors' pairs name one thing, principles' terms are looser. */
export const GLOSSARY_WEIGHT = { editor: 0.75, principle: 0.55 } as const;
/** Weight of a term's words found apart rather than together. */
export const APART = 0.5;
/** Longest run of query words compared with glossary terms. */
const MAX_TERM_UNITS = 6;

interface GlossaryName {
  readings: string[][];
  /** Every token of every reading, joined by spaces: what a run of query words is compared with. */
  keys: string[];
  /** The pair it names a thing of. */
  pair: number;
  language: 'en' | 'zh';
}

export interface CompiledGlossary {
  byKey: Map<string, GlossaryName[]>;
  pairs: { names: GlossaryName[]; weight: number; from: IndexedGlossaryPair['from'] }[];
}

export function compileGlossary(pairs: readonly IndexedGlossaryPair[]): CompiledGlossary {
  const byKey = new Map<string, GlossaryName[]>();
  const compiled = pairs.map((pair, p) => {
    const names = (['en', 'zh'] as const).flatMap((language) =>
      pair[language].flatMap((term): GlossaryName[] => {
        const read = readings(tokenise(term)).map((reading) => reading.map((token) => token.text));
        return read.length > 0
          ? [{ readings: read, keys: read.map((tokens) => tokens.join(' ')), pair: p, language }]
          : [];
      }),
    );
    for (const name of names) for (const key of name.keys) byKey.set(key, [...(byKey.get(key) ?? []), name]);
    return { names, weight: GLOSSARY_WEIGHT[pair.from], from: pair.from };
  });
  return { byKey, pairs: compiled };
}

/** The query's slots: its units one by one, except where a run of them names a glossary term. */
export function expandQuery(query: ParsedQuery, glossary: CompiledGlossary): Slot[] {
  const slots: Slot[] = [];
  const { units } = query;
  for (let i = 0; i < units.length;) {
    const found = longestTerm(units, i, glossary);
    if (!found) {
      slots.push({ options: [{ runs: [runOf(units[i])], weight: 1 }], tokens: units[i].tokens });
      i++;
      continue;
    }
    const own = units.slice(i, i + found.length);
    // Several words that name a term count fully together, as the term; apart, they may mean something else.
    const asTerm: SlotOption[] =
      own.length > 1 ? [{ runs: [{ readings: [own.flatMap((unit) => unit.tokens)], prefix: false }], weight: 1 }] : [];
    slots.push({
      options: [
        ...asTerm,
        { runs: own.map(runOf), weight: own.length > 1 ? APART : 1 },
        ...otherNames(found.names, glossary),
      ],
      tokens: own.flatMap((unit) => unit.tokens),
    });
    i += found.length;
  }
  return slots;
}

function runOf(unit: QueryUnit): Run {
  return { readings: unit.readings, prefix: unit.prefix };
}

/** The longest run of whole units from `i` that is a glossary term, with the names it matched. */
function longestTerm(units: readonly QueryUnit[], i: number, glossary: CompiledGlossary) {
  for (let length = Math.min(MAX_TERM_UNITS, units.length - i); length >= 1; length--) {
    const span = units.slice(i, i + length);
    // A quoted phrase is a term only as a whole. A word still being typed counts as typed so far.
    if (length > 1 && span.some((unit) => unit.quoted)) continue;
    const names = glossary.byKey.get(span.flatMap((unit) => unit.tokens).join(' '));
    if (names) return { length, names };
  }
  return undefined;
}

/**
 * The other names of the matched terms' pairs, as options. Editors' pairs name one thing and offer all their names.
 * A principle's pair only links its English and Chinese terms, which name several things ("open-source" and 技术垄断),
 * so it is used only where no editors' pair names the words, and only for the other language. A name of the same
 * language that holds the matched one, or is held in it ("small yard" and "small yard, high fence"), adds nothing
 * but widening or repetition, so it is left out.
 */
function otherNames(matched: readonly GlossaryName[], glossary: CompiledGlossary): SlotOption[] {
  const byEditors = matched.filter((name) => glossary.pairs[name.pair].from === 'editor');
  const options = new Map<string, SlotOption>();
  for (const name of byEditors.length > 0 ? byEditors : matched) {
    const pair = glossary.pairs[name.pair];
    for (const other of pair.names) {
      if (other === name || (pair.from === 'principle' && other.language === name.language)) continue;
      if (other.language === name.language && overlaps(name, other)) continue;
      const key = other.keys[0];
      const option = options.get(key);
      if (!option || option.weight < pair.weight)
        options.set(key, { runs: [{ readings: other.readings, prefix: false }], weight: pair.weight, glossary: true });
    }
  }
  return [...options.values()];
}

/** One name's words hold the other's, in order. */
function overlaps(a: GlossaryName, b: GlossaryName): boolean {
  const within = (outer: string, inner: string) => ` ${outer} `.includes(` ${inner} `);
  return a.keys.some((x) => b.keys.some((y) => within(x, y) || within(y, x)));
}
