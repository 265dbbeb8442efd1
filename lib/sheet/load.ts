/**
 * Loads what a sheet page shows, in the browser: the catalogue (what exists), then the passages of just the sources
 * the sheet names (lib/pages/sheet.ts writes these files at build time).
 */
import type { SheetCatalogueFile, SheetSourceFile } from '../pages/sheet';
import { SHEET_CATALOGUE_URL, sheetSourceDataUrl } from '../urls';
import { catalogueResolver, decodeSheet, type SheetEntry } from './resolve';
import type { SheetProblem } from './problems';

export interface LoadedSheet {
  entries: SheetEntry[];
  problems: SheetProblem[];
  catalogue: SheetCatalogueFile;
  sources: Map<string, SheetSourceFile>;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** A sheet in its compact or plain form → the passages it names today, with a problem for each entry not shown. */
export async function loadSheetData(raw: string): Promise<LoadedSheet> {
  const catalogue = await fetchJson<SheetCatalogueFile>(SHEET_CATALOGUE_URL);
  const { entries, problems } = decodeSheet(raw, catalogueResolver(catalogue.catalogue));
  const slugs = [...new Set(entries.map((entry) => entry.slug))];
  const files = await Promise.all(slugs.map((slug) => fetchJson<SheetSourceFile>(sheetSourceDataUrl(slug))));
  return { entries, problems, catalogue, sources: new Map(slugs.map((slug, i) => [slug, files[i]])) };
}
