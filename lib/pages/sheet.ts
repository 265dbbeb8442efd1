/**
 * What the quote-sheet page loads, as static files: a catalogue of what exists (each source's current and retired
 * ids, the principles' names, the published address for exported links), then one file per source with its passages,
 * fetched only for the sources a sheet names.
 */
import 'server-only';
import type { CitableSource } from '../citation';
import { getCorpus } from '../corpus';
import type { PassageLabel } from '../content/schema';
import { getLinks } from '../links';
import { buildSheetCatalogue, type SheetCatalogue } from '../sheet/resolve';
import { PUBLISHED_SITE } from '../site-url';
import { sourceRef, type SourceRef } from './view';

export interface SheetCatalogueFile {
  catalogue: SheetCatalogue;
  principles: { id: string; title: string; titleZh: string }[];
  /** The published address, when the build had SITE_URL; else exported links start at the page's own origin. */
  site?: string;
}

export interface SheetSourceFile {
  source: SourceRef & CitableSource;
  passages: Record<string, { text: string; label: PassageLabel; principles: string[] }>;
}

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
