import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';

/**
 * A reading page's controls, made to work by client/reading.ts and hidden until script runs (`data-needs-js`): "Show
 * why" (off by default, remembered), and the keys that move from passage to passage, said where they work.
 */
export function ReadingControls({ locale }: { locale: Locale }) {
  const t = messages(locale).passage;
  return (
    <div className="flex flex-col items-start gap-1">
      <button
        type="button"
        aria-pressed="false"
        title={t.showWhyHint}
        data-show-why-toggle
        data-needs-js
        className="rounded border border-line bg-surface px-2 py-1 text-sm text-ink hover:bg-chip no-print"
      >
        {t.showWhy}
      </button>
      {/* Keys are for keyboards: not said on a phone's width. */}
      <p className="hidden text-xs text-muted no-print sm:block" data-needs-js>
        {t.passageKeys}
      </p>
    </div>
  );
}
