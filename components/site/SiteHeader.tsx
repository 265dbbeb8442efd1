import { principlesUrl, searchUrl, SITE_NAME, sourcesUrl } from '@/lib/urls';
import { SearchBox } from './SearchBox';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-line bg-surface">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-surface focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <a href="/" className="font-serif text-lg font-semibold text-ink no-underline">
          {SITE_NAME}
        </a>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          <a href={principlesUrl()}>Principles</a>
          <a href={sourcesUrl()}>Texts</a>
          <a href={searchUrl()}>Search</a>
        </nav>
        <div className="ml-auto flex w-full items-center gap-2 sm:w-auto">
          <SearchBox />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
