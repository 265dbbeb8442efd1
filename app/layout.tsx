import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { CopyActions } from '@/components/reader/CopyActions';
import { TargetFocus } from '@/components/reader/TargetFocus';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { APPLY_SAVED_THEME } from '@/components/site/theme';
import { SITE_URL } from '@/lib/site-url';
import { SITE_NAME } from '@/lib/urls';
import './globals.css';

const description = "A reader for China's Global AI Governance Initiative (October 2023) and the articles written about it.";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description,
  icons: { icon: '/favicon.svg' },
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en', title: SITE_NAME, description },
  twitter: { card: 'summary', title: SITE_NAME, description },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#111418' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/*
          Applies a saved colour theme before first paint, so dark mode never flashes light. Inline (a fixed string of
          our own code, no content in it) to avoid a render-blocking request; the CSP allows it by its hash.
        */}
        <script dangerouslySetInnerHTML={{ __html: APPLY_SAVED_THEME }} />
      </head>
      <body className="min-h-screen bg-page text-ink antialiased">
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-6 outline-none">
          {children}
        </main>
        <SiteFooter />
        <CopyActions />
        <TargetFocus />
      </body>
    </html>
  );
}
