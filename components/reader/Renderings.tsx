import type { Locale } from '@/lib/i18n/locales';
import type { PassageInVersion } from '@/lib/pages/view';
import { MarkedText } from './MarkedText';
import { sourceName } from '@/lib/i18n/messages';
import { SourceAndLabel } from './SourceAndLabel';

/** Passages elsewhere that give a passage's words in another language (editors' renders marks), each linked back. */
export function Renderings({
  renderings,
  heading,
  principle,
  locale,
}: {
  renderings: PassageInVersion[];
  heading: string;
  principle?: string;
  locale: Locale;
}) {
  if (renderings.length === 0) return null;
  return (
    <div className="mt-3 ml-5 space-y-3">
      <p className="text-xs font-semibold uppercase tracking-wider text-muted">{heading}</p>
      {renderings.map((rendering) => (
        <figure key={rendering.href} className="border-l-2 border-line pl-3">
          <blockquote lang={rendering.source.language} className="font-serif leading-[1.7]">
            <MarkedText passage={rendering.passage} principle={principle} language={rendering.source.language} />
          </blockquote>
          <figcaption className="mt-1 text-sm">
            <a href={rendering.href}>
              <SourceAndLabel
                name={sourceName(rendering.source, locale, true)}
                language={rendering.source.language}
                label={rendering.passage.label}
                locale={locale}
              />
            </a>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
