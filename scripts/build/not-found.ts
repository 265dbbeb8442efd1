/**
 * Publishes each interface language's missing-page page where servers look for it: the Chinese one, exported as
 * zh/404/index.html, is copied to zh/404.html (out/404.html, the English one, is written by the export itself).
 */
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export function publishNotFoundPages(outDir: string): string[] {
  const from = path.join(outDir, 'zh', '404', 'index.html');
  if (!existsSync(from))
    throw new Error(`${from} is missing: the Chinese 404 page (app/(zh)/zh/404/page.tsx) was not exported`);
  const to = path.join(outDir, 'zh', '404.html');
  copyFileSync(from, to);
  return [to];
}
