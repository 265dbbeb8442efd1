/**
 * Traditional → Simplified Chinese, one character to one, from OpenCC (opencc-js) at build time: Node only. Text is
 * compared in Simplified characters, so 聯合國 finds 联合国 and the reverse. Browsers never load OpenCC: the search
 * index ships only the pairs its queries can need (queryFold).
 */
import { Converter } from 'opencc-js';
import type { HanFold } from './normalise';

/** OpenCC's Traditional variants: standard, Taiwan and Hong Kong. */
const FROM = ['t', 'tw', 'hk'] as const;
/** Every block of Chinese characters OpenCC converts. */
const HAN_BLOCKS: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2a6df],
];
const HAN = /\p{Script=Han}/gu;

let converters: ((text: string) => string)[] | undefined;

function toSimplified(char: string): string | undefined {
  converters ??= FROM.map((from) => Converter({ from, to: 'cn' }));
  for (const convert of converters) {
    const converted = convert(char);
    // Only one character for one, so every offset into the text stays where it was.
    if (converted !== char && Array.from(converted).length === 1) return converted;
  }
  return undefined;
}

/** The fold for the characters of these texts: enough to read them all in Simplified form. */
export function hanFoldFor(texts: Iterable<string>): HanFold {
  const fold = new Map<string, string>();
  const seen = new Set<string>();
  for (const text of texts) {
    for (const [char] of text.matchAll(HAN)) {
      if (seen.has(char)) continue;
      seen.add(char);
      const simplified = toSimplified(char);
      if (simplified) fold.set(char, simplified);
    }
  }
  return fold;
}

let everyPair: [traditional: string, simplified: string][] | undefined;

/** Every Traditional character whose Simplified form is one of `simplified`: what a query may type for them. */
export function queryFold(simplified: ReadonlySet<string>): HanFold {
  everyPair ??= HAN_BLOCKS.flatMap(([first, last]) => {
    const pairs: [string, string][] = [];
    for (let code = first; code <= last; code++) {
      const char = String.fromCodePoint(code);
      const folded = toSimplified(char);
      if (folded) pairs.push([char, folded]);
    }
    return pairs;
  });
  return new Map(everyPair.filter(([, folded]) => simplified.has(folded)));
}
