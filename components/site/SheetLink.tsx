/** The header's link to the quote sheet; client/sheet.ts adds how many quotes it holds once it holds any. */
export function SheetLink({ href, label, labelWithCount }: { href: string; label: string; labelWithCount: string }) {
  return (
    <a href={href} data-sheet-link data-label={label} data-label-count={labelWithCount}>
      {label}
    </a>
  );
}
