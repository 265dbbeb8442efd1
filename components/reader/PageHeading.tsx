import type { ReactNode } from 'react';

/** A page's title block: an eyebrow naming the kind of page, the h1, and an optional lead. */
export function PageHeading({
  eyebrow,
  title,
  lang,
  children,
}: {
  eyebrow?: string;
  title: string;
  lang?: string;
  children?: ReactNode;
}) {
  return (
    <div className="mb-8 max-w-[70ch]">
      {eyebrow && <p className="text-xs font-semibold uppercase tracking-wider text-muted">{eyebrow}</p>}
      <h1 lang={lang} className="mt-1 font-serif text-3xl font-semibold leading-tight text-ink text-balance">
        {title}
      </h1>
      {children}
    </div>
  );
}
