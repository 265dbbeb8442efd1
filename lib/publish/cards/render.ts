/**
 * A card element → a 1200×630 PNG: satori lays the element out as SVG (text as paths, from the given fonts only: it
 * loads nothing else), resvg rasterises it.
 */
import { Resvg } from '@resvg/resvg-js';
import type { ReactNode } from 'react';
import satori from 'satori';
import type { CardFont } from './fonts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** `fonts` should be the same array on every call: satori caches what it parsed per array. */
export async function renderCard(element: ReactNode, fonts: CardFont[]): Promise<Buffer> {
  const svg = await satori(element, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
