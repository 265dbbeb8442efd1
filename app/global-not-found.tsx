import type { Metadata } from 'next';
import { NotFoundContent } from '@/app/_routes/not-found';
import { SiteShell } from '@/app/_routes/shell';
import './globals.css';

/**
 * Any URL the site has no page for (out/404.html). With a root layout per language, this page renders its own
 * document. Missing pages under /zh/ get the Chinese one (app/(zh)/zh/404/).
 */
export const metadata: Metadata = { title: 'This page is not in the reader · GAIGI Reader', robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <SiteShell locale="en">
      <NotFoundContent locale="en" />
    </SiteShell>
  );
}
