import type { Language } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { excerpt } from '@/lib/metadata';
import { searchUrl } from '@/lib/urls';

/**
 * Where a link to a passage id this source never had lands (shown by client/target-focus.ts; also on the not-found
 * page for `/p/<id>/`): the id, only when it has an id's shape (lib/missing-passage.ts), else that the link is
 * malformed; and where the ledger knows the id, a link to the passage's own page, which shows its words and a search
 * for them.
 */
export function UnknownPassage({ locale }: { locale: Locale }) {
  const t = messages(locale);
  return (
    <aside
      id="unknown-passage"
      hidden
      tabIndex={-1}
      className="passage mb-6 rounded border border-line bg-surface p-4 text-sm"
    >
      <p className="font-semibold" data-when="unknown">
        {t.missing.unknown} <code data-missing-id />
        {t.punctuation.stop}
      </p>
      <p className="font-semibold" data-when="malformed" hidden>
        {t.takeAway.malformed}
      </p>
      <p className="mt-2" data-when="elsewhere" hidden>
        {t.takeAway.inOtherSource} <a data-elsewhere href="#" />
        {t.punctuation.stop}
      </p>
      <p className="mt-2" data-when="malformed" hidden>
        {t.takeAway.malformedHelp}
      </p>
      <p className="mt-2">{t.missing.unknownHelp}</p>
    </aside>
  );
}

/**
 * Where a link to a removed passage lands: hidden until its id is the URL's target, it says what happened, shows the
 * words the passage had, and offers a search for them, so an old citation never ends at nothing.
 */
export function RetiredPassage({
  id,
  text,
  language,
  locale,
}: {
  id: string;
  text: string;
  language: Language;
  locale: Locale;
}) {
  const t = messages(locale).missing;
  const words = text.split(/\s+/).slice(0, 8).join(' ');
  return (
    <aside
      id={id}
      tabIndex={-1}
      className="retired-notice passage mb-6 rounded border border-line bg-surface p-4 text-sm"
    >
      <p className="font-semibold">{t.retired}</p>
      <p className="mt-2">
        {t.itRead} <q lang={language}>{excerpt(text, 240)}</q>
      </p>
      <p className="mt-2">
        <a href={searchUrl({ q: language === 'zh' ? text.slice(0, 12) : words }, locale)}>{t.searchWords}</a>
        {t.orRead}
      </p>
    </aside>
  );
}
