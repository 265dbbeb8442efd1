/**
 * The cards' fonts, read from registry packages in node_modules at build time: never fetched from a network, never
 * sent to the browser (only the PNGs are). Noto Sans for Latin text (its quotation marks are proportional), Noto Sans
 * SC for Chinese, regular and bold. Read once per process: satori parses each font the first time it is used.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

export const LATIN_FONT = 'Noto Sans';
export const CHINESE_FONT = 'Noto Sans SC';

const FILES: { name: string; file: string; weight: 400 | 700 }[] = [
  { name: LATIN_FONT, file: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', weight: 400 },
  { name: LATIN_FONT, file: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf', weight: 700 },
  { name: CHINESE_FONT, file: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', weight: 400 },
  { name: CHINESE_FONT, file: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf', weight: 700 },
];

let loaded: CardFont[] | undefined;

/** All four fonts; pass a subset to a renderer to see what a card looks like without one. */
export function loadCardFonts(): CardFont[] {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = FILES.map(({ name, file, weight }) => ({
      name,
      data: readFileSync(require.resolve(file)),
      weight,
      style: 'normal',
    }));
  }
  return loaded;
}
