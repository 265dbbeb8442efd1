import { CORPUS_JSON_URL, SITE_NAME } from '@/lib/urls';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>
          {SITE_NAME}: the Global AI Governance Initiative and the articles written about it. Texts are quoted as
          collected; metadata is shown only where a text states it.{' '}
          <a href={CORPUS_JSON_URL} download>
            Download the corpus (JSON)
          </a>
        </p>
      </div>
    </footer>
  );
}
