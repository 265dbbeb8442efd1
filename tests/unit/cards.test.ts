import { PNG } from 'pngjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  loadCardFonts,
  renderHomeCard,
  renderPassageCard,
  renderPrincipleCard,
  type PassageCardProps,
} from '@/lib/publish/cards';
import { fitText } from '@/lib/publish/cards/fit';

const site = { name: 'GAIGI Reader', nameZh: '全球人工智能治理倡议阅读器' };
const chinese: PassageCardProps = {
  quote: '各国无论大小、强弱，无论社会制度如何，都有平等发展和利用人工智能的权利。',
  language: 'zh',
  source: { title: '全球人工智能治理倡议', titleEn: 'Global AI Governance Initiative' },
  label: { kind: 'point', n: 4 },
  principles: [{ title: 'Non-discrimination', titleZh: '非歧视' }],
  site,
};

/** Width and height from the PNG's IHDR chunk, which must come first after the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Dark pixels in the quote's area of a passage card. */
function inkInQuote(png: Buffer): number {
  const image = PNG.sync.read(png);
  let ink = 0;
  for (let y = 140; y < 450; y++) {
    for (let x = 90; x < CARD_WIDTH - 64; x++) {
      const i = (y * image.width + x) * 4;
      if (0.2126 * image.data[i] + 0.7152 * image.data[i + 1] + 0.0722 * image.data[i + 2] < 128) ink++;
    }
  }
  return ink;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('share cards', () => {
  it('are 1200×630 PNGs, for a passage, a principle and the home page', async () => {
    const cards = await Promise.all([
      renderPassageCard(chinese),
      renderPrincipleCard({
        title: 'Respect for national sovereignty',
        titleZh: '尊重他国主权',
        summary: 'Countries should respect each other’s sovereignty.',
        works: 4,
        site,
      }),
      renderHomeCard({ title: 'Global AI Governance Initiative', titleZh: '全球人工智能治理倡议', site }),
    ]);
    for (const card of cards) expect(pngSize(card)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });

  it('draw Chinese glyphs with the CJK font, where a Latin font alone leaves empty boxes', async () => {
    // Fonts come from node_modules: nothing may be fetched while rendering.
    vi.stubGlobal('fetch', () => Promise.reject(new Error('cards must not fetch anything')));
    const withCjk = inkInQuote(await renderPassageCard(chinese));
    const latinOnly = inkInQuote(
      await renderPassageCard(chinese, { fonts: loadCardFonts().filter((font) => font.name === 'Noto Sans') }),
    );
    expect(withCjk).toBeGreaterThan(10_000);
    expect(withCjk).toBeGreaterThan(1.5 * latinOnly);
  });

  it('read the fonts once per process', () => {
    expect(loadCardFonts()).toBe(loadCardFonts());
  });
});

describe('fitting a quote on a card', () => {
  const box = { width: 1000, height: 300, lineHeight: 1.4 };

  it('keeps a short quote whole, at the largest size', () => {
    expect(fitText('A short quote.', 'en', box, [60, 40])).toEqual({ text: 'A short quote.', fontSize: 60, lines: 1 });
  });

  it('shortens a long English quote after a whole word, with an ellipsis before the closing mark', () => {
    const text = 'Countries should respect the sovereignty of others and abide by their laws, '.repeat(20);
    const fitted = fitText(text, 'en', box, [60, 40], '”');
    expect(fitted.fontSize).toBe(40);
    expect(fitted.text).toMatch(/[a-z]…”$/);
    const kept = fitted.text.slice(0, -2);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toMatch(/[\s,]/);
  });

  it('shortens Chinese between characters, and a single overlong word between its letters', () => {
    const zh = fitText('各国无论大小强弱都有平等发展和利用人工智能的权利'.repeat(20), 'zh', box, [60, 40]);
    expect(zh.text.endsWith('…')).toBe(true);
    expect('各国无论大小强弱都有平等发展和利用人工智能的权利'.repeat(20).startsWith(zh.text.slice(0, -1))).toBe(true);
    const word = fitText('a'.repeat(500), 'en', box, [40]);
    expect(word.text).toMatch(/^a{50,}…$/);
  });
});
