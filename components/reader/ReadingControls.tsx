/**
 * The reading page's "Show why" button (off by default, remembered): client/reading.ts makes it work, and the "⋯"
 * buttons that open a passage's tools on narrow screens. Hidden until script runs (`data-needs-js`).
 */
export function ReadingControls({ label, hint }: { label: string; hint: string }) {
  return (
    <button
      type="button"
      aria-pressed="false"
      title={hint}
      data-show-why-toggle
      data-needs-js
      className="rounded border border-line bg-surface px-2 py-1 text-sm text-ink hover:bg-chip no-print"
    >
      {label}
    </button>
  );
}
