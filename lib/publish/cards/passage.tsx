/**
 * A passage's card: the quote, as large as it fits (shortened at a word or character, with "…", when it is long),
 * its label in both languages, its source's title, the principles it states, and the site's names.
 */
import type { PassageLabel } from '../../content/schema';
import { formatLabel } from '../../content/labels';
import { fitText, textWidth, type Fitted } from './fit';
import { bilingual, Chip, COLOURS, Frame, Header, INNER_WIDTH, Text, type CardSite } from './parts';

export interface PassageCardProps {
  quote: string;
  /** The language of the quote. */
  language: 'en' | 'zh';
  source: { title: string; titleEn?: string; titleSupplied?: boolean };
  label: PassageLabel;
  principles: readonly { title: string; titleZh: string }[];
  site: CardSite;
}

const QUOTE_BAR = 34;
const QUOTE_BOX = { width: INNER_WIDTH - QUOTE_BAR, height: 290, lineHeight: 1.4 };
const QUOTE_SIZES = [60, 52, 46, 40, 36, 32];
const CHIP_FONT = 22;
/** A chip's padding and gap, beside its text. */
const CHIP_EXTRA = 44;

/** As many principles as fit on one line, then "+N" for the rest. */
function chipsThatFit(principles: PassageCardProps['principles']): string[] {
  const names = principles.map((principle) => bilingual(principle.title, principle.titleZh));
  const chips: string[] = [];
  let used = 0;
  for (const [i, name] of names.entries()) {
    const more = names.length - i - 1;
    const reserve = more > 0 ? textWidth(`+${more}`, CHIP_FONT) + CHIP_EXTRA : 0;
    const width = textWidth(name, CHIP_FONT) + CHIP_EXTRA;
    if (used + width + reserve > INNER_WIDTH) return [...chips, `+${names.length - i}`];
    chips.push(name);
    used += width;
  }
  return chips;
}

/** The source's title (and its English title) on one line, smaller or shortened if need be, brackets kept. */
function sourceLine(source: PassageCardProps['source']): Fitted {
  const [open, close] = source.titleSupplied ? ['[', ']'] : ['', ''];
  const english = source.titleEn && source.titleEn !== source.title ? ` · ${source.titleEn}` : '';
  return fitText(
    `${open}${source.title}`,
    'en',
    { width: INNER_WIDTH, height: 40, lineHeight: 1.3 },
    [28, 24, 22],
    `${close}${english}`,
  );
}

export function PassageCard({ quote, language, source, label, principles, site }: PassageCardProps) {
  const fitted = fitText(`“${quote}`, language, QUOTE_BOX, QUOTE_SIZES, '”');
  const title = sourceLine(source);
  return (
    <Frame>
      <Header site={site} right={bilingual(formatLabel(label, 'en'), formatLabel(label, 'zh'))} />
      <div
        style={{
          display: 'flex',
          flexGrow: 1,
          alignItems: 'center',
          margin: '24px 0',
          paddingLeft: QUOTE_BAR - 6,
          borderLeft: `6px solid ${COLOURS.accent}`,
        }}
      >
        <Text
          language={language}
          lines={fitted.lines}
          style={{ width: QUOTE_BOX.width, fontSize: fitted.fontSize, lineHeight: QUOTE_BOX.lineHeight }}
        >
          {fitted.text}
        </Text>
      </div>
      <Text language="en" lines={1} style={{ fontSize: title.fontSize, fontWeight: 700 }}>
        {title.text}
      </Text>
      <div style={{ display: 'flex', marginTop: 16, height: 42 }}>
        {chipsThatFit(principles).map((chip) => (
          <Chip key={chip}>{chip}</Chip>
        ))}
      </div>
    </Frame>
  );
}
