/**
 * What every card shares: the page colours of the site's light theme, the frame, the site's mark and names in both
 * languages, and small text pieces. Cards are language-neutral (one card serves /x/ and /zh/x/), so they show
 * English and Chinese together wherever both exist.
 */
import type { CSSProperties, ReactNode } from 'react';
import { CHINESE_FONT, LATIN_FONT } from './fonts';
import { CARD_HEIGHT, CARD_WIDTH } from './render';

export const COLOURS = {
  page: '#fbfaf7',
  ink: '#1c2128',
  muted: '#57606a',
  line: '#d8dee4',
  accent: '#1f5f99',
  chip: '#e8f0f8',
  chipInk: '#163f66',
};

export const PADDING = { x: 64, y: 52 };
export const INNER_WIDTH = CARD_WIDTH - 2 * PADDING.x;

/** The site's names, e.g. "GAIGI Reader" and its Chinese name, as the interface gives them. */
export interface CardSite {
  name: string;
  nameZh: string;
}

/**
 * Chinese text in Noto Sans SC first, whose full-width punctuation Chinese expects; English and mixed text in Noto Sans
 * first (proportional punctuation, " · "), Chinese characters falling back to Noto Sans SC.
 */
export function fontFor(language: 'en' | 'zh'): string {
  return language === 'zh' ? `'${CHINESE_FONT}', '${LATIN_FONT}'` : `'${LATIN_FONT}', '${CHINESE_FONT}'`;
}

export function Frame({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        display: 'flex',
        flexDirection: 'column',
        padding: `${PADDING.y}px ${PADDING.x}px`,
        background: COLOURS.page,
        color: COLOURS.ink,
        fontFamily: fontFor('en'),
        borderTop: `10px solid ${COLOURS.accent}`,
        boxSizing: 'border-box',
      }}
    >
      {children}
    </div>
  );
}

/** A block of text that never runs past `lines` lines, in the given language's fonts. */
export function Text({
  children,
  language,
  lines,
  style,
}: {
  children: string;
  language: 'en' | 'zh';
  lines?: number;
  style: CSSProperties;
}) {
  return (
    <div
      lang={language === 'zh' ? 'zh-CN' : 'en'}
      style={{ display: 'block', fontFamily: fontFor(language), lineClamp: lines, ...style }}
    >
      {children}
    </div>
  );
}

/** The favicon's mark, then the site's names; `right` is what the card is (a label, "Principle · 原则"). */
export function Header({ site, right }: { site: CardSite; right?: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: 44 }}>
      <div style={{ display: 'flex', alignItems: 'center' }}>
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'center',
            width: 40,
            height: 40,
            borderRadius: 8,
            background: '#1e3a5f',
            padding: '0 10px',
          }}
        >
          {[18, 18, 11].map((width, i) => (
            <div
              key={i}
              style={{ width, height: 3, borderRadius: 2, background: '#ffffff', marginTop: i === 0 ? 0 : 5 }}
            />
          ))}
        </div>
        <Text language="en" style={{ marginLeft: 16, fontSize: 26, fontWeight: 700 }}>
          {site.name}
        </Text>
        <Text language="zh" style={{ marginLeft: 14, fontSize: 24, color: COLOURS.muted }}>
          {site.nameZh}
        </Text>
      </div>
      {right && (
        <Text language="en" style={{ fontSize: 26, fontWeight: 700, color: COLOURS.accent }}>
          {right}
        </Text>
      )}
    </div>
  );
}

export function Chip({ children }: { children: string }) {
  return (
    <div
      style={{
        display: 'flex',
        marginRight: 12,
        padding: '6px 16px',
        borderRadius: 999,
        background: COLOURS.chip,
        color: COLOURS.chipInk,
        fontSize: 22,
        fontFamily: fontFor('en'),
      }}
    >
      {children}
    </div>
  );
}

/** "English · 中文", or one of them when the other is missing or the same. */
export function bilingual(en: string | undefined, zh: string | undefined): string {
  return [en, zh].filter((text, i, all): text is string => Boolean(text) && all.indexOf(text) === i).join(' · ');
}
