/**
 * A sheet's entries as the exports and the printed sheet take them: plain data with absolute links, at the published
 * address when the build had SITE_URL, else where the page is served (never localhost on a real host).
 */
import { chicagoNote } from '../citation/chicago';
import { siteOrigin } from '../citation/origin';
import { formatLabel } from '../content/labels';
import type { Locale } from '../i18n/locales';
import { passagePageUrl, sourceUrl } from '../urls';
import type { SheetRef } from './codec';
import type { SheetItem } from './export';
import type { LoadedSheet } from './load';

export function sheetItems(refs: readonly SheetRef[], sheet: LoadedSheet, locale: Locale, pageOrigin: string) {
  const { principles } = sheet.catalogue;
  const site = siteOrigin(sheet.catalogue.site, pageOrigin);
  return refs.flatMap((ref): SheetItem[] => {
    const file = sheet.sources.get(ref.slug);
    const passage = file?.passages[ref.id];
    if (!file || !passage) return [];
    return [
      {
        quote: passage.text,
        language: file.source.language,
        source: file.source,
        sourcePermalink: `${site}${sourceUrl(ref.slug)}`,
        label: passage.label,
        principles: principles.filter((principle) => passage.principles.includes(principle.id)),
        permalink: `${site}${passagePageUrl(ref.slug, ref.id, locale)}`,
      },
    ];
  });
}

/**
 * The full citation printed under a quote (Chicago's note form: author, title, publisher, date, label, address), so a
 * printed sheet can be cited without the site.
 */
export function fullCitation(item: SheetItem): string {
  return chicagoNote(item.source, formatLabel(item.label, 'en'), item.source.url ?? item.permalink);
}
