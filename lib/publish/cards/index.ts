/**
 * Share cards (og:image): 1200×630 PNGs rendered at build time, each a function of plain props. One card serves a
 * page in both interface languages. Fonts come from node_modules (fonts.ts), loaded once per process; pass `fonts`
 * only to render without some of them (the tests do, to show that Chinese needs its font).
 */
import { createElement } from 'react';
import { loadCardFonts, type CardFont } from './fonts';
import { HomeCard, type HomeCardProps } from './home';
import { PassageCard, type PassageCardProps } from './passage';
import { PrincipleCard, type PrincipleCardProps } from './principle';
import { renderCard } from './render';

export type { CardSite } from './parts';
export type { HomeCardProps, PassageCardProps, PrincipleCardProps };
export { CARD_HEIGHT, CARD_WIDTH } from './render';
export { loadCardFonts, type CardFont } from './fonts';

export interface CardOptions {
  fonts?: CardFont[];
}

export function renderPassageCard(props: PassageCardProps, options: CardOptions = {}): Promise<Buffer> {
  return renderCard(createElement(PassageCard, props), options.fonts ?? loadCardFonts());
}

export function renderPrincipleCard(props: PrincipleCardProps, options: CardOptions = {}): Promise<Buffer> {
  return renderCard(createElement(PrincipleCard, props), options.fonts ?? loadCardFonts());
}

export function renderHomeCard(props: HomeCardProps, options: CardOptions = {}): Promise<Buffer> {
  return renderCard(createElement(HomeCard, props), options.fonts ?? loadCardFonts());
}
