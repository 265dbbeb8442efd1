/**
 * Loads what a sheet page shows, in the browser: the catalogue (what exists), then the passages of just the sources
 * the sheet names (files.ts).
 */
import type { SheetCatalogueFile, SheetSourceFile } from './files';
import { fetchJson } from '../fetch-json';
import { SHEET_CATALOGUE_URL, sheetSourceDataUrl } from '../urls';
import { catalogueResolver, decodeSheet, type SheetEntry } from './resolve';
import type { SheetProblem } from './problems';

export interface LoadedSheet {
  entries: SheetEntry[];
  problems: SheetProblem[];
  catalogue: SheetCatalogueFile;
  sources: Map<string, SheetSourceFile>;
}

/** A sheet in its compact or plain form → the passages it names today, with a problem for each entry not shown. */
export async function loadSheetData(raw: string): Promise<LoadedSheet> {
  const catalogue = await fetchJson<SheetCatalogueFile>(SHEET_CATALOGUE_URL, 'no-cache');
  const { entries, problems } = decodeSheet(raw, catalogueResolver(catalogue.catalogue));
  const slugs = [...new Set(entries.map((entry) => entry.slug))];
  const files = await Promise.all(
    slugs.map((slug) => fetchJson<SheetSourceFile>(sheetSourceDataUrl(slug), 'no-cache')),
  );
  return { entries, problems, catalogue, sources: new Map(slugs.map((slug, i) => [slug, files[i]])) };
}
