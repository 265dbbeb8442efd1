import { builtCorpus } from './corpus';

const corpus = builtCorpus();
const translation = corpus.sources.find((source) => source.translationOf);
const zhSource = corpus.sources.find((source) => source.language === 'zh');

/** One URL of every page kind, without a language prefix, for accessibility checks and screenshots. */
const KINDS: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'principles', path: '/principles/' },
  { name: 'principle', path: '/principles/un-central-role/' },
  { name: 'compare', path: '/principles/un-central-role/compare/' },
  { name: 'sources', path: '/sources/' },
  { name: 'source', path: `/sources/${corpus.sources[0].slug}/` },
  { name: 'source-zh', path: `/sources/${zhSource?.slug}/` },
  { name: 'parallel', path: `/sources/${translation?.slug}/parallel/` },
  {
    name: 'passage',
    path: corpus.sources.find((source) => source.slug === 'global-ai-governance-initiative')!.passages[5].url,
  },
  { name: 'search', path: '/search/?q=consensus' },
  {
    name: 'sheet',
    path: `/sheet/?p=${corpus.sources
      .slice(0, 3)
      .map((source) => `${source.slug}~${source.passages[1].id}`)
      .join(',')}`,
  },
  { name: 'not-found', path: '/no-such-page/' },
  { name: 'terms', path: '/terms/' },
  { name: 'term', path: '/terms/small-yard/' },
];

/** Every page kind in both interface languages: English unprefixed, Chinese under /zh/. */
export const PAGE_KINDS: { name: string; path: string; locale: 'en' | 'zh' }[] = KINDS.flatMap((kind) => [
  { ...kind, locale: 'en' as const },
  { name: `zh-${kind.name}`, path: `/zh${kind.path}`, locale: 'zh' as const },
]);
