import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CitationBox } from '@/components/reader/CitationBox';
import { PageHeading } from '@/components/reader/PageHeading';
import { PointEnglish } from '@/components/reader/PointEnglish';
import { PrincipleChips } from '@/components/reader/PrincipleChips';
import { Provenance } from '@/components/reader/Provenance';
import { Renderings } from '@/components/reader/Renderings';
import { RowCard } from '@/components/reader/RowCard';
import { SourceLink } from '@/components/reader/SourceLink';
import { sourceName } from '@/lib/i18n/messages';
import { sourceTitle } from '@/lib/i18n/source-name';
import { SourceRelations } from '@/components/reader/SourceRelations';
import { formatLabel } from '@/lib/content/labels';
import type { Locale } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { excerpt, pageMetadata } from '@/lib/metadata';
import { passagePageData, type PassagePageData, type RemovedPassagePageData } from '@/lib/pages/passage';
import { passagePageUrl, searchUrl, sourceUrl } from '@/lib/urls';

export interface PassageProps {
  params: Promise<{ slug: string; id: string }>;
}

const actionClass = 'rounded border border-line bg-surface px-3 py-1 text-sm text-ink no-underline hover:bg-chip';

export function passageRoute(locale: Locale) {
  const t = messages(locale);

  async function generateMetadata({ params }: PassageProps): Promise<Metadata> {
    const { slug, id } = await params;
    const data = passagePageData(slug, id, locale);
    if (!data) return {};
    if ('removed' in data)
      return {
        ...pageMetadata({
          title: sourceName(data.source, locale),
          description: data.removed.text,
          path: passagePageUrl(slug, id),
          locale,
        }),
        robots: { index: false },
      };
    const label = formatLabel(data.row.label, locale);
    const title = t.passagePage.title(sourceName(data.source, locale), label);
    const quote = sourceTitle(
      data.row.versions.find((version) => version.source.slug === slug)?.passage.text ?? '',
      data.source.language,
    );
    return pageMetadata({
      title,
      description: `“${excerpt(quote, 160)}”`,
      // An old id's page points search engines and previews at the passage's current page.
      path: passagePageUrl(slug, data.id),
      locale,
      type: 'article',
      image: { path: data.card, alt: `${title}: ${excerpt(quote, 120)}` },
      citation: data.meta,
    });
  }

  async function PassagePage({ params }: PassageProps) {
    const { slug, id } = await params;
    const data = passagePageData(slug, id, locale);
    if (!data) notFound();
    return 'removed' in data ? (
      <RemovedPassage data={data} locale={locale} />
    ) : (
      <PassageContent data={data} locale={locale} />
    );
  }
  return { generateMetadata, Page: PassagePage };
}

function PassageContent({ data, locale }: { data: PassagePageData; locale: Locale }) {
  const t = messages(locale);
  const p = t.passagePage;
  const label = formatLabel(data.row.label, locale);
  return (
    <div className="max-w-[80ch]">
      <PageHeading eyebrow={`${p.eyebrow} · ${label}`} title={p.title(sourceName(data.source, locale), label)} />
      {data.retired && <p className="mb-4 rounded border border-line bg-surface p-3 text-sm">{p.edited}</p>}
      <div data-passage-page className="text-lg">
        <RowCard row={data.row} group="passage" locale={locale} actions={false} />
      </div>
      {data.english ? (
        <PointEnglish english={data.english} label={label} locale={locale} />
      ) : (
        <Renderings renderings={data.row.renderings} heading={t.principle.inEnglish(label)} locale={locale} />
      )}
      <PassageActions data={data} locale={locale} />
      <PassageContext data={data} locale={locale} />
      <div className="mt-8">
        <CitationBox
          citations={data.citations}
          data={data.citation}
          locale={locale}
          title={p.cite}
          note={p.accessNote}
          open
        />
      </div>
      <NeighbourLinks data={data} locale={locale} />
    </div>
  );
}

/** The passage's principles and its source, with what the source states about itself. */
function PassageContext({ data, locale }: { data: PassagePageData; locale: Locale }) {
  const t = messages(locale);
  const p = t.passagePage;
  return (
    <>
      {data.renders.length > 0 && (
        <p className="mt-4 text-sm">
          {p.renders}{' '}
          {data.renders.map((target) => (
            <a key={target.href} href={target.href}>
              <span lang={target.source.language}>{sourceName(target.source, locale)}</span>
              {t.punctuation.comma}
              {formatLabel(target.passage.label, locale)}
            </a>
          ))}
        </p>
      )}
      <section aria-labelledby="principles-heading" className="mt-8">
        <h2 id="principles-heading" className="mb-2 font-serif text-xl font-semibold">
          {p.principles}
        </h2>
        {data.principles.length > 0 ? (
          <PrincipleChips principles={data.principles} locale={locale} label={p.principles} />
        ) : (
          <p className="text-muted">{p.none}</p>
        )}
      </section>
      <section aria-labelledby="source-heading" className="mt-8">
        <h2 id="source-heading" className="mb-1 font-serif text-xl font-semibold">
          {p.source}
        </h2>
        <p lang={data.source.language} className="font-serif">
          <SourceLink source={data.source} locale={locale} />
        </p>
        <SourceRelations source={data.source} work={data.work} locale={locale} />
        <Provenance source={data.source} locale={locale} />
      </section>
    </>
  );
}

/** The previous and next passage of the source, each a page of its own. */
function NeighbourLinks({ data, locale }: { data: PassagePageData; locale: Locale }) {
  const t = messages(locale).wayfinding;
  if (!data.previous && !data.next) return null;
  return (
    <nav
      aria-label={t.neighbours}
      className="mt-10 flex flex-wrap justify-between gap-4 border-t border-line pt-4 no-print"
    >
      {data.previous ? (
        <a href={data.previous.href} rel="prev" className="inline-block py-1">
          ← {t.previous} <span className="text-muted">({formatLabel(data.previous.label, locale)})</span>
        </a>
      ) : (
        <span />
      )}
      {data.next && (
        <a href={data.next.href} rel="next" className="inline-block py-1">
          {t.next} <span className="text-muted">({formatLabel(data.next.label, locale)})</span> →
        </a>
      )}
    </nav>
  );
}

function RemovedPassage({ data, locale }: { data: RemovedPassagePageData; locale: Locale }) {
  const p = messages(locale).passagePage;
  const words = data.removed.text.split(/\s+/).slice(0, 8).join(' ');
  return (
    <div className="max-w-[70ch]">
      <PageHeading eyebrow={p.eyebrow} title={sourceName(data.source, locale)} lang={data.source.language} />
      <p>{p.removed}</p>
      <blockquote
        lang={data.source.language}
        className="mt-3 border-l-4 border-line pl-4 font-serif text-lg leading-[1.7]"
      >
        {sourceTitle(data.removed.text, data.source.language)}
      </blockquote>
      <p className="mt-4 flex flex-wrap gap-2">
        <a
          href={searchUrl({ q: data.source.language === 'zh' ? data.removed.text.slice(0, 12) : words }, locale)}
          className={actionClass}
        >
          {p.searchWords}
        </a>
        <a href={sourceUrl(data.source.slug, locale)} className={actionClass}>
          {p.readSource}
        </a>
      </p>
    </div>
  );
}

/** Read in context, copy the link, add to the sheet. */
function PassageActions({ data, locale }: { data: PassagePageData; locale: Locale }) {
  const t = messages(locale);
  const p = t.passagePage;
  return (
    <p className="mt-4 flex flex-wrap gap-2 no-print">
      <a href={data.context} className={actionClass}>
        {p.readInContext}
      </a>
      <button
        type="button"
        data-copy="link"
        data-label={t.passage.link}
        data-href={data.permalink}
        className={actionClass}
      >
        {p.copyLink}
      </button>
      <button
        type="button"
        data-sheet-add={`${data.source.slug}~${data.id}`}
        data-added-text={p.inSheet}
        className={actionClass}
      >
        {p.addToSheet}
      </button>
    </p>
  );
}
