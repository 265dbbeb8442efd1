import type { Metadata } from 'next';
import { HTML_LANG, inLocale, LOCALES, type Locale } from './i18n/locales';
import { messages } from './i18n/messages';
import { ellipsis } from './i18n/punctuation';

/** Shortens text for meta descriptions and link previews, at a word boundary. */
export function excerpt(text: string, max = 180): string {
  return ellipsis(text.replace(/\s+/g, ' ').trim(), max, { atWord: true });
}

const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', zh: 'zh_CN' };

/**
 * Title, description, canonical URL, the other language's version (hreflang) and the Open Graph / Twitter preview of a
 * page, all from one place. `path` is the page's path without a locale prefix.
 */
export function pageMetadata({
  title,
  description,
  path,
  locale,
  type = 'website',
  image,
  citation,
}: {
  title: string;
  description: string;
  path: string;
  locale: Locale;
  type?: 'website' | 'article';
  /** The page's share card (lib/publish/cards), site-relative: a 1200×630 PNG. */
  image?: { path: string; alt: string };
  /** Embedded citation metadata (`citation_*` tags, lib/citation/meta.ts) for reference managers' connectors. */
  citation?: Record<string, string | string[]>;
}): Metadata {
  const text = excerpt(description);
  const url = inLocale(path, locale);
  return {
    title,
    description: text,
    alternates: {
      canonical: url,
      languages: {
        ...Object.fromEntries(LOCALES.map((other) => [HTML_LANG[other], inLocale(path, other)])),
        'x-default': path,
      },
    },
    openGraph: {
      title,
      description: text,
      url,
      type,
      locale: OG_LOCALE[locale],
      siteName: messages(locale).siteName,
      ...(image && { images: [{ url: image.path, width: 1200, height: 630, alt: image.alt }] }),
    },
    twitter: image
      ? { card: 'summary_large_image', title, description: text, images: [image.path] }
      : { card: 'summary', title, description: text },
    ...(citation && { other: citation }),
  };
}
