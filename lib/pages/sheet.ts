/**
 * The quote-sheet page's static files (shapes in lib/sheet/files.ts), built from the corpus: a catalogue of what exists
 * (each source's current and retired ids, the principles' names, the published address for exported links), then one
 * file per source with its passages.
 */
import 'server-only';
import { getCorpus } from '../corpus';
import { getLinks } from '../links';
import type { SheetCatalogueFile, SheetSourceFile } from '../sheet/files';
import { buildSheetCatalogue } from '../sheet/resolve';
import { PUBLISHED_SITE } from '../site-url';
import { sourceRef } from './view';

export function sheetCatalogueFile(): SheetCatalogueFile {
  const corpus = getCorpus();
  return {
    catalogue: buildSheetCatalogue(corpus.sources, getLinks().retired),
    principles: corpus.principles.map(({ id, title, titleZh }) => ({ id, title, titleZh })),
    ...(PUBLISHED_SITE && { site: PUBLISHED_SITE }),
  };
}

export function sheetSourceFile(slug: string): SheetSourceFile | undefined {
  const source = getLinks().sourcesBySlug.get(slug);
  if (!source) return undefined;
  return {
    source: sourceRef(source),
    passages: Object.fromEntries(
      source.passages.map((passage) => [
        passage.id,
        { text: passage.text, label: passage.label, principles: passage.mentions.map((mention) => mention.principle) },
      ]),
    ),
  };
}
