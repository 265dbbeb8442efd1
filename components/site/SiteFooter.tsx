import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { CORPUS_JSON_URL, termsUrl } from '@/lib/urls';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = messages(locale);
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>
          {t.siteName}
          {t.punctuation.colon}
          {t.site.footer}{' '}
          <a href={CORPUS_JSON_URL} download>
            {t.site.downloadCorpus}
          </a>
        </p>
        <p className="mt-2">
          <a href={termsUrl(locale)} className="inline-block py-0.5">
            {t.terms.nav}
          </a>
        </p>
      </div>
    </footer>
  );
}
