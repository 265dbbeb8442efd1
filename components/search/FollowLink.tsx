import type { MouseEvent, ReactNode } from 'react';
import { searchUrl } from '@/lib/urls';
import type { UrlState } from './search-state';
import { useSearch } from './strings';

/**
 * A link to another search: a real URL (shareable, opens in a new tab), followed in place on a plain click so that the
 * index already loaded is reused.
 */
export function FollowLink({
  to,
  onFollow,
  children,
  className,
  lang,
  current,
}: {
  to: UrlState;
  onFollow: (next: UrlState) => void;
  children: ReactNode;
  className?: string;
  lang?: string;
  current?: boolean;
}) {
  const { locale } = useSearch();
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onFollow(to);
  }
  return (
    <a
      href={searchUrl(to, locale)}
      onClick={onClick}
      className={className}
      lang={lang}
      aria-current={current ? 'true' : undefined}
    >
      {children}
    </a>
  );
}
