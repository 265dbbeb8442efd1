/** The home page's card: the Initiative's Chinese and English names, and the site's. */
import { COLOURS, Frame, Header, Text, type CardSite } from './parts';

export interface HomeCardProps {
  /** The Initiative's English name. */
  title: string;
  titleZh: string;
  site: CardSite;
}

export function HomeCard({ title, titleZh, site }: HomeCardProps) {
  return (
    <Frame>
      <Header site={site} />
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }}>
        <Text language="zh" lines={1} style={{ fontSize: 80, fontWeight: 700 }}>
          {titleZh}
        </Text>
        <Text
          language="en"
          lines={2}
          style={{ marginTop: 16, fontSize: 56, fontWeight: 700, lineHeight: 1.2, color: COLOURS.accent }}
        >
          {title}
        </Text>
        <div style={{ display: 'flex', width: 120, height: 6, marginTop: 40, background: COLOURS.accent }} />
      </div>
    </Frame>
  );
}
