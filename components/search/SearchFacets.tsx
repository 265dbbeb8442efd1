import type { LabelledFacet, SearchResponse } from '@/lib/search/client';
import { FollowLink } from './FollowLink';
import type { UrlState } from './search-state';
import { useSearch } from './strings';

type Filter = 'lang' | 'principle' | 'source';

/** Filters by language, principle and source, each value with how many results it would leave. */
export function SearchFacets({
  response,
  current,
  onFollow,
}: {
  response: SearchResponse;
  current: UrlState;
  onFollow: (next: UrlState) => void;
}) {
  const { t } = useSearch();
  const groups: { filter: Filter; selectedLabel?: string }[] = [
    { filter: 'lang', selectedLabel: t.languages[current.lang] },
    { filter: 'principle', selectedLabel: response.filterLabels.principle },
    { filter: 'source', selectedLabel: response.filterLabels.source },
  ];
  const labelled: Record<Filter, LabelledFacet[]> = {
    ...response.facets,
    lang: response.facets.lang.map((facet) => ({ ...facet, label: t.languages[facet.value] ?? facet.value })),
  };
  return (
    <nav aria-label={t.filterResults} className="space-y-5 text-sm">
      {groups.map(({ filter, selectedLabel }) => (
        <FacetGroup
          key={filter}
          filter={filter}
          facets={labelled[filter]}
          selectedLabel={selectedLabel}
          unknown={response.unknownFilters.some((entry) => entry.filter === filter)}
          current={current}
          onFollow={onFollow}
        />
      ))}
    </nav>
  );
}

/** One filter's values; the selected one stays listed (with no results) so that it can be seen and undone. */
function FacetGroup({
  filter,
  facets,
  selectedLabel,
  unknown,
  current,
  onFollow,
}: {
  filter: Filter;
  facets: LabelledFacet[];
  selectedLabel?: string;
  unknown: boolean;
  current: UrlState;
  onFollow: (next: UrlState) => void;
}) {
  const { t } = useSearch();
  const selected = current[filter];
  const listed = selected && !unknown && !facets.some((facet) => facet.value === selected);
  return (
    <section aria-labelledby={`facet-${filter}`}>
      <h2 id={`facet-${filter}`} className="mb-1 text-xs font-semibold uppercase tracking-wider text-muted">
        {t.filterHeading[filter]}
      </h2>
      <ul className="flex flex-wrap gap-1.5 lg:block lg:space-y-0.5">
        {selected && (
          <li>
            <FollowLink to={{ ...current, [filter]: '' }} onFollow={onFollow} className={valueClass(false)}>
              {t.anyValue[filter]}
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
}

function valueClass(selected: boolean): string {
  return `inline-block rounded px-2 py-0.5 no-underline hover:underline lg:block ${selected ? 'bg-chip font-semibold text-chip-ink' : 'text-ink'}`;
}
