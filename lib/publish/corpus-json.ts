import type { Corpus } from '../corpus';
import { passageRef } from '../urls';

export const SCHEMA_VERSION = 1;

/**
 * The published model (`/data/corpus.json`): a download for researchers and the contract the tests hold the site to.
 * Field names here are promised to users; add fields, never rename them.
 */
export function corpusJson(corpus: Corpus) {
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: corpus.sources.map(({ file: _file, passages, ...metadata }) => ({
      ...metadata,
      passages: passages.map(({ id, kind, text, links, mentions }) => ({
        id,
        kind,
        text,
        ...(links && { links }),
        principles: mentions.map((mention) => mention.principle),
        mentions,
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
  };
}

export type CorpusJson = ReturnType<typeof corpusJson>;
