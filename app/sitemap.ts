import type { MetadataRoute } from 'next';
import { principleIds } from '@/lib/pages/principles';
import { parallelSlugs, sourceSlugs } from '@/lib/pages/sources';
import { absoluteUrl } from '@/lib/site-url';
import { compareUrl, parallelUrl, principlesUrl, principleUrl, searchUrl, sourcesUrl, sourceUrl } from '@/lib/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const paths = [
    '/',
    principlesUrl(),
    sourcesUrl(),
    searchUrl(),
    ...principleIds().flatMap(({ id }) => [principleUrl(id), compareUrl(id)]),
    ...sourceSlugs().map(({ slug }) => sourceUrl(slug)),
    ...parallelSlugs().map(({ slug }) => parallelUrl(slug)),
  ];
  return paths.map((path) => ({ url: absoluteUrl(path) }));
}
