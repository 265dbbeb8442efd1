import type { Metadata } from 'next';

/** Shortens text for meta descriptions and link previews, at a word boundary. */
export function excerpt(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : cut.length)}…`;
}

/** Title, description, canonical URL and the Open Graph / Twitter preview of a page, all from one place. */
export function pageMetadata({ title, description, path, type = 'website' }: { title: string; description: string; path: string; type?: 'website' | 'article' }): Metadata {
  const text = excerpt(description);
  return {
    title,
    description: text,
    alternates: { canonical: path },
    openGraph: { title, description: text, url: path, type },
    twitter: { card: 'summary', title, description: text },
  };
}
