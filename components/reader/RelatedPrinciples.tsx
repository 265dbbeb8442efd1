import { localTitle } from '@/lib/i18n/local-title';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import type { PrinciplePageData } from '@/lib/pages/principles';
import { principleUrl } from '@/lib/urls';

/** The other principles stated in the same passages as this one, most shared first, each with how many it shares. */
export function RelatedPrinciples({ related, locale }: Pick<PrinciplePageData, 'related'> & { locale: Locale }) {
  const t = messages(locale).principle;
  return (
    <section aria-labelledby="related-heading" className="mb-8 max-w-[70ch]">
      <h2 id="related-heading" className="text-sm font-semibold uppercase tracking-wider text-muted">
        {t.related}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-1.5">
        {related.map((other) => (
          <li key={other.id}>
            <a
              href={principleUrl(other.id, locale)}
              className="inline-block rounded-full bg-chip px-2.5 py-0.5 text-xs font-medium text-chip-ink no-underline hover:underline"
            >
              {localTitle(other, locale)} <span className="font-normal">{t.shared(other.shared)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
