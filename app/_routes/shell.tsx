import type { ReactNode } from 'react';
import { CopyActions } from '@/components/reader/CopyActions';
import { SheetActions } from '@/components/reader/SheetActions';
import { TargetFocus } from '@/components/reader/TargetFocus';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { APPLY_SAVED_PREFERENCES } from '@/components/site/preferences';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';

/**
 * The document around every page, in the interface's language: <html lang>, header, main, footer, page-wide helpers.
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
        <CopyActions strings={t.site.copy} />
        <SheetActions strings={{ added: t.sheet.added, already: t.sheet.already, full: t.sheet.full }} />
        <TargetFocus />
      </body>
    </html>
  );
}
