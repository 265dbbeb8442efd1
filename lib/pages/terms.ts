/**
 * Data for the term index (`/terms/`) and each glossary pair's page: both names, every passage using each name (in
 * every language, the words marked), how each translation renders the Chinese term, and the passages that justify
 * the pair. Also the glossary terms of any passage, which reading pages link to their term page under "Show why".
 * Matching is the site's one rule (lib/text): whole words, hyphens and case ignored.
 */
import 'server-only';
import { getCorpus } from '../corpus';
import { glossaryTermId, type SourcedGlossaryPair } from '../content/glossary';
import type { Language, Passage, Source } from '../content/schema';
import type { Locale } from '../i18n/locales';
import { getLinks, type CorpusLinks } from '../links';
import { findRun, lattice, mergeSpans, readings, type Span, type TokenLattice } from '../text/match';
import { tokenise } from '../text/tokens';
import { passageRef, termUrl } from '../urls';
import type { SourceRef } from '../content/refs';
import { inVersion, sourceRef, type PassageInVersion } from './view';

/** A passage using a term, with the words marked. */
export interface TermUse extends PassageInVersion {
  spans: Span[];
}

/** A source's title used as evidence (`<slug>#title`). */
export interface TitleEvidence {
  source: SourceRef;
  spans: Span[];
}

/** A Chinese passage using the term, beside the passages that give it in English (a translation, a quotation). */
export interface TermRendering {
  original: TermUse;
  renderings: TermUse[];
}

export interface TermSummary {
  id: string;
  en: string[];
  zh: string[];
  /** Passages using either name. */
  passages: number;
}

export interface TermPageData extends TermSummary {
  uses: Record<Language, TermUse[]>;
  renderings: TermRendering[];
  evidence: (TermUse | TitleEvidence)[];
}

/** A glossary term found in a passage: its words and its page. */
export interface TermLink extends Span {
  href: string;
}

interface CompiledPair {
  id: string;
  pair: SourcedGlossaryPair;
  names: Record<Language, { text: string }[][]>;
}

function compileNames(names: readonly string[]): { text: string }[][] {
  return names.flatMap((name) => readings(tokenise(name)).map((reading) => reading.map(({ text }) => ({ text }))));
}

let compiled: CompiledPair[] | undefined;

/** The editors' pairs (principles' own terms have their principle pages), their names compiled once. */
function termPairs(): CompiledPair[] {
  compiled ??= getCorpus()
    .glossary.filter((pair) => pair.from === 'editor')
    .map((pair) => ({
      id: glossaryTermId(pair),
      pair,
      names: { en: compileNames(pair.en), zh: compileNames(pair.zh) },
    }));
  return compiled;
}

function spansIn(text: TokenLattice, names: readonly { text: string }[][]): Span[] {
  return mergeSpans(names.flatMap((tests) => findRun(text, tests)));
}

function bothNames(pair: CompiledPair): { text: string }[][] {
  return [...pair.names.en, ...pair.names.zh];
}

/** Every passage using one of the names, in corpus order. */
function usesOf(sources: readonly Source[], names: { text: string }[][], locale: Locale): TermUse[] {
  return sources.flatMap((source) =>
    source.passages.flatMap((passage) => {
      const spans = spansIn(lattice(tokenise(passage.text)), names);
      return spans.length > 0 ? [{ ...inVersion(source, passage, locale), spans }] : [];
    }),
  );
}

function useOf(source: Source, passage: Passage, names: { text: string }[][], locale: Locale): TermUse {
  return { ...inVersion(source, passage, locale), spans: spansIn(lattice(tokenise(passage.text)), names) };
}

/** The other-language versions of a passage's paragraph (its work's translations) and the passages quoting it. */
function englishOf(use: TermUse, links: CorpusLinks): { source: Source; passage: Passage }[] {
  const work = links.workOf.get(use.source.slug);
  const row = work?.rows.find((candidate) => candidate.versions.some(({ passage }) => passage.id === use.passage.id));
  const versions = (row?.versions ?? []).filter(({ source }) => source.language === 'en');
  const quoting = links.renderedBy.get(passageRef(use.source.slug, use.passage.id)) ?? [];
  return [...versions, ...quoting.filter(({ source }) => source.language === 'en')];
}

function evidenceOf(pair: CompiledPair, links: CorpusLinks, locale: Locale): (TermUse | TitleEvidence)[] {
  return (pair.pair.evidence ?? []).flatMap((ref) => {
    const [slug, id] = ref.split('#');
    const source = links.sourcesBySlug.get(slug);
    if (!source) return [];
    if (id === 'title')
      return [{ source: sourceRef(source), spans: spansIn(lattice(tokenise(source.title)), bothNames(pair)) }];
    const passage = source.passages.find((candidate) => candidate.id === id);
    return passage ? [useOf(source, passage, bothNames(pair), locale)] : [];
  });
}

function summary(pair: CompiledPair, sources: readonly Source[]): TermSummary {
  const names = bothNames(pair);
  const passages = sources.reduce(
    (sum, source) =>
      sum + source.passages.filter((passage) => spansIn(lattice(tokenise(passage.text)), names).length > 0).length,
    0,
  );
  return { id: pair.id, en: pair.pair.en, zh: pair.pair.zh, passages };
}

export function termIds(): { id: string }[] {
  return termPairs().map(({ id }) => ({ id }));
}

/** The index: every pair with how many passages use it, in the glossary's order. */
export function termIndexData(): TermSummary[] {
  const { sources } = getCorpus();
  return termPairs().map((pair) => summary(pair, sources));
}

export function termPageData(id: string, locale: Locale): TermPageData | undefined {
  const pair = termPairs().find((candidate) => candidate.id === id);
  if (!pair) return undefined;
  const links = getLinks();
  const { sources } = getCorpus();
  const uses = { en: usesOf(sources, pair.names.en, locale), zh: usesOf(sources, pair.names.zh, locale) };
  const renderings = uses.zh
    .filter((use) => use.source.language === 'zh')
    .map((original) => ({
      original,
      renderings: englishOf(original, links).map(({ source, passage }) =>
        useOf(source, passage, pair.names.en, locale),
      ),
    }));
  return {
    ...summary(pair, sources),
    uses,
    renderings,
    evidence: evidenceOf(pair, links, locale),
  };
}

const termLinkCache = new Map<string, (Span & { id: string })[]>();

/**
 * The glossary terms in a passage's text, each linked to its term page: where names overlap ("AI" inside "Global AI
 * Governance Initiative") the longest wins.
 */
export function termLinks(text: string, locale: Locale): TermLink[] {
  let found = termLinkCache.get(text);
  if (!found) {
    const target = lattice(tokenise(text));
    const all = termPairs().flatMap((pair) =>
      spansIn(target, bothNames(pair)).map((span) => ({ ...span, id: pair.id })),
    );
    all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: (Span & { id: string })[] = [];
    for (const span of all)
      if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
    found = kept.sort((a, b) => a.start - b.start);
    termLinkCache.set(text, found);
  }
  return found.map(({ start, end, id }) => ({ start, end, href: termUrl(id, locale) }));
}
