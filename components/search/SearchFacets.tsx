import type { LabelledFacet, SearchResponse } from '@/lib/search/client';
import { FollowLink } from './FollowLink';
import type { UrlState } from './SearchApp';

type Filter = 'lang' | 'principle' | 'source';

/** Filters by language, principle and source, each value with how many results it would leave. */
export function SearchFacets({ response, current, onFollow }: { response: SearchResponse; current: UrlState; onFollow: (next: UrlState) => void }) {
  const groups: { filter: Filter; title: string; any: string; selectedLabel?: string }[] = [
    { filter: 'lang', title: 'Language', any: 'Any language' },
    { filter: 'principle', title: 'Principle', any: 'Any principle', selectedLabel: response.filterLabels.principle },
    { filter: 'source', title: 'Source', any: 'Any source', selectedLabel: response.filterLabels.source },
  ];
  return (
    <nav aria-label="Filter results" className="space-y-5 text-sm">
      {groups.map(({ filter, title, any, selectedLabel }) => {
        const selected = current[filter];
        const facets: LabelledFacet[] = response.facets[filter];
        const listed = selected && !facets.some((facet) => facet.value === selected);
        return (
          <section key={filter} aria-labelledby={`facet-${filter}`}>
            <h2 id={`facet-${filter}`} className="mb-1 text-xs font-semibold uppercase tracking-wider text-muted">
              {title}
            </h2>
            <ul className="flex flex-wrap gap-1.5 lg:block lg:space-y-0.5">
              {selected && (
                <li>
                  <FollowLink to={{ ...current, [filter]: '' }} onFollow={onFollow} className={valueClass(false)}>
                    {any}
                  </FollowLink>
                </li>
              )}
              {listed && (
                <li>
                  <FollowLink to={current} onFollow={onFollow} current className={valueClass(true)}>
                    {selectedLabel ?? selected} <span className="text-muted">(0)</span>
                  </FollowLink>
                </li>
              )}
              {facets.map((facet) => (
                <li key={facet.value}>
                  <FollowLink
                    to={{ ...current, [filter]: facet.value }}
                    onFollow={onFollow}
                    current={facet.value === selected}
                    className={valueClass(facet.value === selected)}
                  >
                    <span lang={facet.lang}>{facet.label}</span> <span className="text-muted">({facet.count})</span>
                  </FollowLink>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}

function valueClass(selected: boolean): string {
  return `inline-block rounded px-2 py-0.5 no-underline hover:underline lg:block ${selected ? 'bg-chip font-semibold text-chip-ink' : 'text-ink'}`;
}
