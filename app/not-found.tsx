import { PageHeading } from '@/components/reader/PageHeading';
import { principleListData } from '@/lib/pages/principles';
import { principleUrl, searchUrl, sourcesUrl } from '@/lib/urls';

export default function NotFound() {
  const principles = principleListData();
  return (
    <div className="max-w-[70ch]">
      <PageHeading eyebrow="Not found" title="This page is not in the reader">
        <p className="mt-3">
          The link may be mistyped, or the page may have moved. Search the sources for the words you remember, or start
          from a principle.
        </p>
      </PageHeading>
      <form role="search" aria-label="Search from this page" action={searchUrl()} method="get" className="mb-8 flex gap-2">
        <label htmlFor="not-found-search" className="sr-only">
          Search all sources
        </label>
        <input id="not-found-search" name="q" type="search" className="w-full rounded border border-line bg-surface px-3 py-2" placeholder="Words or a quote" />
        <button type="submit" className="rounded bg-accent px-4 py-2 text-accent-ink">
          Search
        </button>
      </form>
      <h2 className="mb-2 font-serif text-xl font-semibold">Principles</h2>
      <ul className="mb-6 list-disc space-y-1 pl-5">
        {principles.map((principle) => (
          <li key={principle.id}>
            <a href={principleUrl(principle.id)}>{principle.title}</a>
          </li>
        ))}
      </ul>
      <p>
        Or browse <a href={sourcesUrl()}>all sources</a>.
      </p>
    </div>
  );
}
