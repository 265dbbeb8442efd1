import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteShell } from './shell';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { SITE_URL } from '@/lib/site-url';

/** The root layout of one interface language: English at /, Chinese under /zh/ (each a root layout of its own). */
export function rootLayout(locale: Locale) {
  const t = messages(locale);
  const metadata: Metadata = {
    metadataBase: new URL(SITE_URL),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.home.description,
    icons: { icon: '/favicon.svg' },
    openGraph: { siteName: t.siteName, type: 'website', title: t.siteName, description: t.home.description },
    twitter: { card: 'summary', title: t.siteName, description: t.home.description },
  };
  function Layout({ children }: { children: ReactNode }) {
    return <SiteShell locale={locale}>{children}</SiteShell>;
  }
  return { metadata, Layout };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#111418' },
  ],
};
