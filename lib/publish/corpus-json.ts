import type { Corpus } from '../corpus';
import { rightsOf } from '../content/rights';
import { buildWorks, worksBySlug } from '../links/works';
import { glossaryTermId } from '../content/glossary';
import { passagePageUrl, passageRef, termUrl } from '../urls';

export const SCHEMA_VERSION = 1;

/**
 * The published model (`/data/corpus.json`): a download for researchers and the contract the tests hold the site to.
 * Field names here are promised to users; add fields, never rename them.
 */
export function corpusJson(corpus: Corpus) {
  const workOf = worksBySlug(buildWorks(corpus.sources));
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: corpus.sources.map(({ file: _file, passages, ...metadata }) => ({
      ...metadata,
      /** The work this source belongs to: its original's slug (its own slug when it is the original). */
      work: workOf.get(metadata.slug)?.id ?? metadata.slug,
      /** Who holds the rights, as collected (the page's statement, or its publisher); absent when neither is stated. */
      ...(rightsOf(metadata) && { rights: rightsOf(metadata) }),
      passages: passages.map(({ id, kind, label, text, links, mentions, renders }) => ({
        id,
        kind,
        label,
        text,
        ...(links && { links }),
        principles: mentions.map((mention) => mention.principle),
        mentions,
        ...(renders && { renders }),
        /** The passage's own page, site-relative. */
        url: passagePageUrl(metadata.slug, id),
      })),
    })),
    principles: corpus.principles.map(({ id, title, titleZh, summary, terms }) => ({
      id,
      title,
      titleZh,
      summary,
      terms,
      passages: corpus.sources.flatMap((source) =>
        source.passages
          .filter((passage) => passage.mentions.some((mention) => mention.principle === id))
          .map((passage) => passageRef(source.slug, passage.id)),
      ),
    })),
    /** The editors' glossary: English and Chinese names for one thing, and the passages that justify the pair. */
    glossary: corpus.glossary
      .filter((pair) => pair.from === 'editor')
      .map(({ en, zh, evidence }) => ({
        id: glossaryTermId({ en }),
        en,
        zh,
        evidence: evidence ?? [],
        /** The term's page, site-relative. */
        url: termUrl(glossaryTermId({ en })),
      })),
  };
}

export type CorpusJson = ReturnType<typeof corpusJson>;
