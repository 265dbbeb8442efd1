import { sheetSourceFile } from '@/lib/pages/sheet';
import { sourceSlugs } from '@/lib/pages/sources';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** `out/data/sheet/sources/<slug>.json`: a source's passages, for the quote-sheet page (lib/pages/sheet.ts). */
export function generateStaticParams() {
  return sourceSlugs().map(({ slug }) => ({ file: `${slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return Response.json(sheetSourceFile((await params).file.replace(/\.json$/, '')));
}
