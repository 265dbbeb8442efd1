import { sheetCatalogueFile } from '@/lib/pages/sheet';

export const dynamic = 'force-static';

/** `out/data/sheet/catalogue.json`: what exists, for resolving a quote sheet's link (lib/pages/sheet.ts). */
export function GET() {
  return Response.json(sheetCatalogueFile());
}
