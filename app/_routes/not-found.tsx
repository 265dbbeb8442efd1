import { UnknownPassage } from '@/components/reader/MissingPassageNotices';
import { PageHeading } from '@/components/reader/PageHeading';
import { localTitle } from '@/lib/i18n/local-title';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { principleListData } from '@/lib/pages/principles';
import { principleUrl, searchUrl, sourcesUrl } from '@/lib/urls';

/** What a missing page shows, in the interface's language: a search and the principles, so no link ends at nothing. */
export function NotFoundContent({ locale }: { locale: Locale }) {
  const t = messages(locale).notFound;
  const principles = principleListData();
  return (
    <div className="max-w-[70ch]">
      <PageHeading eyebrow={t.eyebrow} title={t.title}>
        <p className="mt-3">{t.help}</p>
      </PageHeading>
      <UnknownPassage locale={locale} />
      <form
        role="search"
        aria-label={t.searchForm}
        action={searchUrl({}, locale)}
        method="get"
        className="mb-8 flex gap-2"
      >
        <label htmlFor="not-found-search" className="sr-only">
          {t.searchLabel}
        </label>
        <input
          id="not-found-search"
          name="q"
          type="search"
          className="w-full min-w-0 rounded border border-line bg-surface px-3 py-2"
          placeholder={t.placeholder}
        />
        <button type="submit" className="shrink-0 rounded bg-accent px-4 py-2 whitespace-nowrap text-accent-ink">
          {t.search}
        </button>
      </form>
      <h2 className="mb-2 font-serif text-xl font-semibold">{t.principles}</h2>
      <ul className="mb-6 list-disc space-y-1 pl-5">
        {principles.map((principle) => (
          <li key={principle.id}>
            <a href={principleUrl(principle.id, locale)}>{localTitle(principle, locale)}</a>
          </li>
        ))}
      </ul>
      <p>
        {t.orBrowse} <a href={sourcesUrl(locale)}>{t.allTexts}</a>
        {messages(locale).punctuation.stop}
      </p>
    </div>
  );
}
