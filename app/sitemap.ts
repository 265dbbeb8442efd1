import type { MetadataRoute } from 'next';
import { getCorpus } from '@/lib/corpus';
import { getLinks } from '@/lib/links';
import { absoluteUrl, compareUrl, parallelUrl, principlesUrl, principleUrl, searchUrl, sourcesUrl, sourceUrl } from '@/lib/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const { principles, sources } = getCorpus();
  const { counterpart } = getLinks();
  const paths = [
    '/',
    principlesUrl(),
    sourcesUrl(),
    searchUrl(),
    ...principles.flatMap((principle) => [principleUrl(principle.id), compareUrl(principle.id)]),
    ...sources.map((source) => sourceUrl(source.slug)),
    ...sources.filter((source) => counterpart.has(source.slug)).map((source) => parallelUrl(source.slug)),
  ];
  return paths.map((path) => ({ url: absoluteUrl(path) }));
}
