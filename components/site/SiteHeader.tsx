import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { homeUrl, principlesUrl, searchUrl, sheetUrl, sourcesUrl } from '@/lib/urls';
import { LanguageSwitch } from './LanguageSwitch';
import { SearchBox } from './SearchBox';
import { SheetLink } from './SheetLink';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = messages(locale);
  return (
    <header role="banner" className="border-b border-line bg-surface">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-surface focus:p-2"
      >
        {t.site.skipToContent}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <a href={homeUrl(locale)} className="font-serif text-lg font-semibold text-ink no-underline">
          {t.siteName}
        </a>
        <nav
          aria-label={t.site.nav.label}
          className="flex flex-wrap gap-x-4 text-sm [&_a]:inline-flex [&_a]:min-h-6 [&_a]:items-center"
        >
          <a href={principlesUrl(locale)}>{t.site.nav.principles}</a>
          <a href={sourcesUrl(locale)}>{t.site.nav.texts}</a>
          <a href={searchUrl({}, locale)}>{t.site.nav.search}</a>
          <SheetLink href={sheetUrl('', locale)} label={t.sheet.nav} labelWithCount={t.sheet.navCount} />
        </nav>
        <div className="ml-auto flex w-full items-center gap-2 sm:w-auto">
          <SearchBox locale={locale} strings={t.site.searchBox} />
          <LanguageSwitch locale={locale} name={t.site.otherLanguage.name} />
          <ThemeToggle strings={t.site.theme} />
        </div>
      </div>
    </header>
  );
}
