import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { PageHeading } from '@/components/reader/PageHeading';
import { MarkedSpans, TermUseQuote } from '@/components/reader/TermViews';
import type { Language } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { termIndexData, termPageData, type TermPageData, type TitleEvidence, type TermUse } from '@/lib/pages/terms';
import { sourceUrl, termsUrl, termUrl } from '@/lib/urls';

export interface TermProps {
  params: Promise<{ id: string }>;
}

/** `/terms/`: every glossary pair, both names, with how many passages use it. */
export function termsIndexRoute(locale: Locale) {
  const t = messages(locale).terms;
  const metadata: Metadata = pageMetadata({ title: t.title, description: t.description, path: termsUrl(), locale });

  function TermsIndexPage() {
    const terms = termIndexData();
    return (
      <>
        <PageHeading eyebrow={t.eyebrow} title={t.title}>
          <p className="mt-3 text-muted">{t.lead}</p>
        </PageHeading>
        <ul className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
          {terms.map((term) => (
            <li key={term.id} className="border-t border-line py-2">
              <a href={termUrl(term.id, locale)} className="inline-block py-0.5 font-medium">
                <span lang="en">{term.en[0]}</span> ·{' '}
                <span lang="zh-Hans" className="break-keep">
                  {term.zh[0]}
                </span>
              </a>
              <span className="ml-2 text-sm text-muted">{t.passages(term.passages)}</span>
            </li>
          ))}
        </ul>
      </>
    );
  }
  return { metadata, Page: TermsIndexPage };
}

function NameList({ names, language, label }: { names: string[]; language: Language; label: string }) {
  return (
    <div>
      <dt className="text-xs font-semibold uppercase tracking-wider text-muted">{label}</dt>
      <dd lang={language === 'zh' ? 'zh-Hans' : 'en'}>
        <ul className="mt-1 flex flex-wrap gap-2 font-serif text-lg">
          {names.map((name) => (
            <li key={name} className="rounded border border-line bg-surface px-2">
              {name}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

function isTitle(item: TermUse | TitleEvidence): item is TitleEvidence {
  return !('passage' in item);
}

/** A section of the term page with a lead line under its heading. */
function LeadSection({ id, title, lead, children }: { id: string; title: string; lead: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-1 font-serif text-xl font-semibold">
        {title}
      </h2>
      <p className="mb-4 text-sm text-muted">{lead}</p>
      {children}
    </section>
  );
}

function Evidence({ data, locale }: { data: TermPageData; locale: Locale }) {
  const t = messages(locale).terms;
  return (
    <LeadSection id="term-evidence" title={t.evidence} lead={t.evidenceLead}>
      <div className="space-y-4">
        {data.evidence.map((item, i) =>
          isTitle(item) ? (
            <p key={i}>
              {t.titleOf}{' '}
              <a href={sourceUrl(item.source.slug, locale)} lang={item.source.language} className="inline-block py-0.5">
                <MarkedSpans text={item.source.title} spans={item.spans} language={item.source.language} />
              </a>
            </p>
          ) : (
            <TermUseQuote key={i} use={item} locale={locale} />
          ),
        )}
      </div>
    </LeadSection>
  );
}

function Renderings({ data, locale }: { data: TermPageData; locale: Locale }) {
  const t = messages(locale).terms;
  if (data.renderings.length === 0) return null;
  return (
    <LeadSection id="term-renderings" title={t.renderings} lead={t.renderingsLead}>
      <ul className="space-y-6">
        {data.renderings.map(({ original, renderings }) => (
          <li key={original.href} className="grid gap-3 md:grid-cols-2">
            <TermUseQuote use={original} locale={locale} />
            <div className="space-y-3">
              {renderings.length === 0 ? (
                <p className="text-sm text-muted">{t.noRendering}</p>
              ) : (
                renderings.map((use) => <TermUseQuote key={use.href} use={use} locale={locale} />)
              )}
            </div>
          </li>
        ))}
      </ul>
    </LeadSection>
  );
}

function Uses({ uses, language, locale }: { uses: TermUse[]; language: Language; locale: Locale }) {
  const t = messages(locale);
  if (uses.length === 0) return null;
  const id = `term-uses-${language}`;
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-4 font-serif text-xl font-semibold">
        {t.terms.usedIn(t.languages[language])}{' '}
        <span className="text-base font-normal text-muted">({t.terms.passages(uses.length)})</span>
      </h2>
      <div className="space-y-4">
        {uses.map((use) => (
          <TermUseQuote key={use.href} use={use} locale={locale} />
        ))}
      </div>
    </section>
  );
}

/** One pair's page: both names, the evidence, He Yin's (and the others') English for the Chinese term, every use. */
export function termRoute(locale: Locale) {
  const t = messages(locale).terms;

  async function generateMetadata({ params }: TermProps): Promise<Metadata> {
    const data = termPageData((await params).id, locale);
    if (!data) return {};
    return pageMetadata({
      title: t.pageTitle(data.en[0], data.zh[0]),
      description: t.termDescription(data.en[0], data.zh[0]),
      path: termUrl(data.id),
      locale,
    });
  }

  async function TermPage({ params }: TermProps) {
    const data = termPageData((await params).id, locale);
    if (!data) notFound();
    const total = data.uses.en.length + data.uses.zh.length;
    return (
      <div className="max-w-[80ch]">
        <PageHeading eyebrow={t.eyebrow} title={t.pageTitle(data.en[0], data.zh[0])}>
          <dl className="mt-4 grid gap-3 sm:grid-cols-2">
            <NameList names={data.en} language="en" label={t.english} />
            <NameList names={data.zh} language="zh" label={t.chinese} />
          </dl>
          <p className="mt-3 text-sm">
            <a href={termsUrl(locale)} className="inline-block py-0.5">
              {t.all}
            </a>
          </p>
        </PageHeading>
        <Evidence data={data} locale={locale} />
        <Renderings data={data} locale={locale} />
        {total === 0 && <p className="text-muted">{t.noUse}</p>}
        <Uses uses={data.uses.en} language="en" locale={locale} />
        <Uses uses={data.uses.zh} language="zh" locale={locale} />
      </div>
    );
  }
  return { generateMetadata, Page: TermPage };
}
