import type { ReactNode } from 'react';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { APPLY_SAVED_PREFERENCES } from '@/components/site/preferences';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';

/**
 * The document around every page, in the interface's language: <html lang>, header, main, footer, the live region.
 * The build adds the reader's script (client/, scripts/build/light-pages.ts), and takes the framework's out of every
 * page but /search/ and /sheet/.
 */
export function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = messages(locale);
  return (
    <html lang={HTML_LANG[locale]} suppressHydrationWarning>
      <head>
        {/*
          Applies saved preferences before first paint, so dark mode never flashes light. Inline (a fixed string of our
          own code, no content in it) to avoid a render-blocking request; the CSP allows it by its hash.
        */}
        <script dangerouslySetInnerHTML={{ __html: APPLY_SAVED_PREFERENCES }} />
      </head>
      <body className="min-h-screen bg-page text-ink antialiased">
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-6 outline-none">
          {children}
        </main>
        <SiteFooter locale={locale} />
        {/* The page's one polite live region, with the words client/ says in it (copy.ts, sheet.ts). */}
        <p
          role="status"
          aria-live="polite"
          className="sr-only"
          data-announcer
          data-copy-done={t.site.copy.done}
          data-copy-failed={t.site.copy.failed}
          data-copy-announced={t.site.copy.announced}
          data-copy-failed-announced={t.site.copy.failedAnnounced}
          data-sheet-added={t.sheet.added}
          data-sheet-taken-out={t.sheetEdit.takenOut}
          data-sheet-full={t.sheet.full}
        />
      </body>
    </html>
  );
}
