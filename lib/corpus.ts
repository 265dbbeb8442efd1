/**
 * The whole corpus, built once per process: load and validate content → passages → principle tagging. Every page,
 * the published corpus.json and the search index read this one model. Server only: pages pass components props.
 */
import 'server-only';
import { ContentError, formatProblem, isError, type ContentProblem } from './content/errors';
import { glossaryPairs, type SourcedGlossaryPair } from './content/glossary';
import { checkGlossaryEvidence } from './content/glossary-evidence';
import { contentSizeProblem } from './content/limits';
import { loadGlossary, loadInitiative, loadPrinciples, loadSources, type LoadedSource } from './content/load';
import { loadPublishedIds } from './content/published-ids';
import type { Initiative, Passage, Principle, PublishedIds, Source } from './content/schema';
import { retireIds } from './content/retired-ids';
import { hanFoldFor } from './text/han';
import { Tagger } from './tagging/tag';
import { termProblems } from './tagging/term-checks';

export interface Corpus {
  initiative: Initiative;
  sources: Source[];
  principles: Principle[];
  /** Every passage id published so far, for links to passages that have since changed. */
  publishedIds: PublishedIds;
  /** English and Chinese words for the same thing: the editors' pairs, then the principles' terms (glossary.ts). */
  glossary: SourcedGlossaryPair[];
}

export function buildCorpus(rootDir: string): Corpus {
  // Before anything is read: loading content far beyond the limit would take minutes.
  const oversized = contentSizeProblem(rootDir);
  if (oversized) throw new ContentError([oversized]);
  const problems: ContentProblem[] = [];
  const initiative = loadInitiative(rootDir, problems);
  const principles = loadPrinciples(rootDir, problems);
  const sources = loadSources(rootDir, problems);
  const publishedIds = loadPublishedIds(rootDir, problems);
  const glossary = loadGlossary(rootDir, problems);
  checkUnique(principles, (principle) => principle.id, 'principle id', problems);
  checkUnique(sources, (source) => source.slug, 'slug', problems);
  checkReferences(sources, problems);
  checkAnnotations(sources, new Set(principles.map((principle) => principle.id)), problems);
  checkRenders(sources, publishedIds, problems);
  checkGlossaryEvidence(glossary, sources, problems);
  if (initiative?.source && !sources.some((source) => source.slug === initiative.source)) {
    problems.push({
      file: 'content/initiative.md',
      line: 1,
      message: `source names "${initiative.source}", which is no source's slug: name the source holding the Initiative's text`,
    });
  }
  const errors = problems.filter(isError);
  if (errors.length > 0 || !initiative) throw new ContentError(errors);
  for (const warning of problems.filter((problem) => !isError(problem))) console.warn(formatProblem(warning));

  const tagger = new Tagger(
    principles,
    hanFoldFor(sources.flatMap((source) => source.passages.map((passage) => passage.text))),
  );
  const tagged = tagSources(sources, tagger);
  const allPassages = tagged.flatMap((source) => source.passages);
  for (const warning of termProblems(principles, allPassages)) console.warn(formatProblem(warning));
  return {
    initiative,
    publishedIds,
    glossary: glossaryPairs(glossary, principles),
    principles: principles.map(({ line: _line, termLine: _termLine, ...principle }) => principle),
    sources: tagged,
  };
}

/** Every passage with the principles it states (the tagger, or the editors' annotation). */
function tagSources(sources: readonly LoadedSource[], tagger: Tagger): Source[] {
  return sources.map(({ line: _line, lineOf: _lineOf, passages, ...source }) => ({
    ...source,
    passages: passages.map(({ id, kind, label, text, links, line, annotation, renders }): Passage => ({
      id,
      kind,
      label,
      text,
      ...(links && { links }),
      line,
      mentions: tagger.tag(text, annotation),
      ...(renders && { renders: renders.map((mark) => mark.ref) }),
    })),
  }));
}

let cached: Corpus | undefined;

/** The corpus of this project's `content/` (or of CONTENT_ROOT's, for the fixture site), loaded on first use. */
export function getCorpus(): Corpus {
  cached ??= buildCorpus(process.env.CONTENT_ROOT ?? process.cwd());
  return cached;
}

function checkUnique<T extends { file: string; line: number }>(
  items: T[],
  key: (item: T) => string,
  what: string,
  problems: ContentProblem[],
) {
  const first = new Map<string, T>();
  for (const item of items) {
    const earlier = first.get(key(item));
    if (earlier) {
      problems.push({
        file: item.file,
        line: item.line,
        message: `duplicate ${what} "${key(item)}", already used by ${earlier.file}:${earlier.line}: choose another ${what}`,
      });
    } else first.set(key(item), item);
  }
}

function checkReferences(sources: LoadedSource[], problems: ContentProblem[]) {
  const bySlug = new Map(sources.map((source) => [source.slug, source]));
  for (const source of sources) {
    for (const field of ['translationOf', 'about'] as const) {
      const target = source[field];
      if (target === source.slug) {
        problems.push({
          file: source.file,
          line: source.lineOf(field),
          message: `${field} names this source itself: name another source's slug, or remove ${field}`,
        });
      } else if (target && !bySlug.has(target)) {
        problems.push({
          file: source.file,
          line: source.lineOf(field),
          message: `${field} names "${target}", which is no source's slug: fix the slug or add that source`,
        });
      }
    }
    const original =
      source.translationOf && source.translationOf !== source.slug ? bySlug.get(source.translationOf) : undefined;
    if (!original) continue;
    if (original.translationOf) {
      problems.push({
        file: source.file,
        line: source.lineOf('translationOf'),
        message: translationChainMessage(source, bySlug),
      });
    } else if (original.passages.length !== source.passages.length) {
      problems.push({
        file: source.file,
        line: source.lineOf('translationOf'),
        message: `a translation must align paragraph by paragraph with its original, but it has ${source.passages.length} passages and ${original.file} has ${original.passages.length}: split or join paragraphs to match`,
      });
    }
  }
}

/** A translation of a translation: a cycle (a → b → a) or a chain whose works would be unclear. */
function translationChainMessage(source: LoadedSource, bySlug: Map<string, LoadedSource>): string {
  const chain = [source.slug];
  for (
    let next = source.translationOf;
    next && bySlug.has(next) && !chain.includes(next);
    next = bySlug.get(next)?.translationOf
  )
    chain.push(next);
  const cycle = chain.includes(bySlug.get(chain[chain.length - 1])?.translationOf ?? '');
  const path = [...chain, bySlug.get(chain[chain.length - 1])?.translationOf].filter(Boolean).join(' → ');
  return cycle
    ? `translationOf forms a cycle (${path}): only translations name their original; remove translationOf from the original`
    : `translationOf names "${source.translationOf}", which is itself a translation (${path}): name the original, "${chain[chain.length - 1]}", instead`;
}

/** A renders mark must name a current passage of another source; an edited passage's old id names its new one. */
function checkRenders(sources: LoadedSource[], publishedIds: PublishedIds, problems: ContentProblem[]) {
  const bySlug = new Map(sources.map((source) => [source.slug, source]));
  for (const source of sources) {
    for (const passage of source.passages) {
      for (const { ref, line } of passage.renders ?? []) {
        const [slug, id] = ref.split('#');
        const target = bySlug.get(slug);
        const problem = (message: string) => problems.push({ file: source.file, line, message });
        if (!target)
          problem(
            `renders names "${slug}", which is no source's slug: fix the slug (npm run suggest-links lists candidates)`,
          );
        else if (slug === source.slug)
          problem('renders names a passage of this same source: name a passage of another text');
        else if (!target.passages.some((candidate) => candidate.id === id)) {
          const current = retireIds(publishedIds[slug] ?? {}, target.passages).find((retired) => retired.id === id)?.to;
          problem(
            current
              ? `renders names ${ref}, whose text has since been edited: its id is now ${current}; update the mark`
              : `renders names ${ref}, which is no passage of ${target.file}: check the id (npm run suggest-links lists candidates)`,
          );
        }
      }
    }
  }
}

function checkAnnotations(sources: LoadedSource[], principleIds: Set<string>, problems: ContentProblem[]) {
  for (const source of sources) {
    for (const { annotation } of source.passages) {
      if (!annotation) continue;
      for (const id of [...annotation.add, ...annotation.remove]) {
        if (!principleIds.has(id)) {
          problems.push({
            file: source.file,
            line: annotation.line,
            message: `annotation names unknown principle "${id}": use one of ${[...principleIds].sort().join(', ')}`,
          });
        }
      }
      if (annotation.add.length + annotation.remove.length === 0) {
        problems.push({
          file: source.file,
          line: annotation.line,
          message:
            'empty principles annotation: write e.g. <!-- principles: +sovereignty -un-central-role --> or remove it',
        });
      }
    }
  }
}
