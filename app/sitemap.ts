import type { MetadataRoute } from 'next';
import { HTML_LANG, inLocale, LOCALES } from '@/lib/i18n/locales';
import { principleIds } from '@/lib/pages/principles';
import { parallelSlugs, sourceSlugs } from '@/lib/pages/sources';
import { termIds } from '@/lib/pages/terms';
import { absoluteUrl } from '@/lib/site-url';
import {
  compareUrl,
  parallelUrl,
  principlesUrl,
  principleUrl,
  searchUrl,
  sourcesUrl,
  sourceUrl,
  termsUrl,
  termUrl,
} from '@/lib/urls';

export const dynamic = 'force-static';

/** Every page in every interface language, each listing its versions in the others (hreflang). */
export default function sitemap(): MetadataRoute.Sitemap {
  const paths = [
    '/',
    principlesUrl(),
    sourcesUrl(),
    searchUrl(),
    ...principleIds().flatMap(({ id }) => [principleUrl(id), compareUrl(id)]),
    ...sourceSlugs().map(({ slug }) => sourceUrl(slug)),
    ...parallelSlugs().map(({ slug }) => parallelUrl(slug)),
    termsUrl(),
    ...termIds().map(({ id }) => termUrl(id)),
  ];
  return paths.flatMap((path) => {
    const languages = Object.fromEntries(
      LOCALES.map((locale) => [HTML_LANG[locale], absoluteUrl(inLocale(path, locale))]),
    );
    return LOCALES.map((locale) => ({ url: absoluteUrl(inLocale(path, locale)), alternates: { languages } }));
  });
}
