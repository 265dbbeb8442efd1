/**
 * The static files the quote-sheet page loads (lib/pages/sheet.ts writes them at build time; load.ts fetches them):
 * a catalogue of what exists, then one file per source with its passages, fetched only for the sources a sheet names.
 */
import type { CitableSource } from '../citation';
import type { SourceRef } from '../content/refs';
import type { PassageLabel } from '../content/schema';
import type { SheetCatalogue } from './resolve';

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
