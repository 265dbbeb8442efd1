/** A principle's card: its English and Chinese names, a short summary, and how many works state it. */
import { fitText } from './fit';
import { COLOURS, Frame, Header, INNER_WIDTH, Text, type CardSite } from './parts';

export interface PrincipleCardProps {
  title: string;
  titleZh: string;
  summary: string;
  /** Shown too when the content has it. */
  summaryZh?: string;
  /** Works (an original and its translations count once) with a passage stating the principle. */
  works: number;
  site: CardSite;
}

function worksLine(works: number): string {
  return `Stated in ${works} ${works === 1 ? 'work' : 'works'} · 见于 ${works} 部作品`;
}

export function PrincipleCard({ title, titleZh, summary, summaryZh, works, site }: PrincipleCardProps) {
  const name = fitText(title, 'en', { width: INNER_WIDTH, height: 150, lineHeight: 1.2 }, [64, 56, 48]);
  const summaryLines = summaryZh ? 2 : 3;
  const summaryEn = fitText(
    summary,
    'en',
    { width: INNER_WIDTH, height: summaryLines * 28 * 1.4, lineHeight: 1.4 },
    [28],
  );
  const summaryChinese =
    summaryZh && fitText(summaryZh, 'zh', { width: INNER_WIDTH, height: 2 * 26 * 1.5, lineHeight: 1.5 }, [26]);
  return (
    <Frame>
      <Header site={site} right="Principle · 原则" />
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }}>
        <Text language="en" lines={name.lines} style={{ fontSize: name.fontSize, fontWeight: 700, lineHeight: 1.2 }}>
          {name.text}
        </Text>
        <Text language="zh" lines={1} style={{ marginTop: 12, fontSize: 48, fontWeight: 700, color: COLOURS.accent }}>
          {titleZh}
        </Text>
        <Text
          language="en"
          lines={summaryLines}
          style={{ marginTop: 24, fontSize: 28, lineHeight: 1.4, color: COLOURS.muted }}
        >
          {summaryEn.text}
        </Text>
        {summaryChinese && (
          <Text language="zh" lines={2} style={{ marginTop: 10, fontSize: 26, lineHeight: 1.5, color: COLOURS.muted }}>
            {summaryChinese.text}
          </Text>
        )}
      </div>
      <Text language="en" style={{ fontSize: 26, fontWeight: 700, color: COLOURS.ink }}>
        {worksLine(works)}
      </Text>
    </Frame>
  );
}
