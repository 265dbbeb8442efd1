/**
 * Which share cards the site needs, and where each lives. A card's file name is a hash of everything drawn on it, so a
 * page knows its og:image path while it is rendered, the build step renders exactly those files afterwards, and a
 * card whose text has not changed is the same file from one build to the next (and can be reused from a cache).
 */
import 'server-only';
import { createHash } from 'node:crypto';
import type { Initiative, Passage, Principle, Source } from '../../content/schema';
import { displayText } from '../../text/display-punctuation';
import { cardUrl } from '../../urls';
import type { CardSite, HomeCardProps, PassageCardProps, PrincipleCardProps } from './index';

/** Bump when the cards' design or encoding changes, so that no build reuses a card drawn the old way. */
const CARD_DESIGN = 3;

export const CARD_SITE: CardSite = { name: 'GAIGI Reader', nameZh: '全球人工智能治理倡议读本' };

export type CardSpec =
  | { kind: 'passage'; path: string; props: PassageCardProps }
  | { kind: 'principle'; path: string; props: PrincipleCardProps }
  | { kind: 'home'; path: string; props: HomeCardProps };

function at<Kind extends CardSpec['kind']>(kind: Kind, props: Extract<CardSpec, { kind: Kind }>['props']) {
  const hash = createHash('sha256')
    .update(JSON.stringify([CARD_DESIGN, kind, props]))
    .digest('hex')
    .slice(0, 16);
  return { kind, path: cardUrl(`${kind}-${hash}`), props };
}

/**
 * The quote as a card shows it: with the display rule for Chinese punctuation, and without the dash a point of the
 * Initiative opens with ("——发展人工智能…"), which would read as "“——" under the card's opening quote mark.
 */
export function cardQuote(text: string, language: Source['language']): string {
  return displayText(text, language).replace(/^\s*[—–-]+\s*/u, '');
}

export function passageCard(
  source: Pick<Source, 'title' | 'titleEn' | 'titleSupplied' | 'language'>,
  passage: Passage,
  principles: readonly Principle[],
) {
  return at('passage', {
    quote: cardQuote(passage.text, source.language),
    language: source.language,
    source: {
      title: displayText(source.title, source.language),
      ...(source.titleEn && { titleEn: source.titleEn }),
      ...(source.titleSupplied && { titleSupplied: true }),
    },
    label: passage.label,
    principles: principles.map(({ title, titleZh }) => ({ title, titleZh })),
    site: CARD_SITE,
  });
}

export function principleCard(principle: Principle, works: number) {
  return at('principle', {
    title: principle.title,
    titleZh: principle.titleZh,
    summary: principle.summary,
    summaryZh: principle.summaryZh,
    works,
    site: CARD_SITE,
  });
}

export function homeCard(initiative: Initiative) {
  return at('home', { title: initiative.title, titleZh: initiative.titleZh, site: CARD_SITE });
}
