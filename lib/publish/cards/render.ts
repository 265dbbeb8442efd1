/**
 * A card element → a 1200×630 PNG: satori lays the element out as SVG (text as paths, from the given fonts only: it
 * loads nothing else), resvg rasterises it, and sharp writes it as a palette PNG. A card is five flat colours and
 * their anti-aliased text edges, so 16 colours without dithering lose nothing visible (compared by eye), make the file
 * a fraction of resvg's true-colour PNG and quantise faster than 256 dithered colours: every passage has a card, so
 * cards are much of out/'s size and build time (siteBuild in bench/results.json has both).
 */
import { Resvg } from '@resvg/resvg-js';
import type { ReactNode } from 'react';
import satori from 'satori';
import sharp from 'sharp';
import type { CardFont } from './fonts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** `fonts` should be the same array on every call: satori caches what it parsed per array. */
export async function renderCard(element: ReactNode, fonts: CardFont[]): Promise<Buffer> {
  const svg = await satori(element, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 6 })
    .toBuffer();
}
