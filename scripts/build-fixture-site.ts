/**
 * Builds the site a second time, into out-fixture/, from a copy of content/ plus test fixtures: a hostile source, a
 * source added as one file, one passage edited and one deleted, and one passage of a translation edited. Browser
 * tests in tests/e2e-fixture/ check that nothing hostile runs, that the added source shows up everywhere, and that
 * old passage links still land. The same build as `npm run build` (scripts/build/site.ts); the copy is in a temporary
 * folder of its own, so builds can run at once.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from './build/site';

const EDITED = { from: 'We should put ethics first.', to: 'We must put ethics first.' };
const DELETED = 'Global collaboration should foster the sound development of AI';
const TRANSLATION_EDITED = {
  from: 'Leadership in diplomacy has played a crucial role.',
  to: 'Leadership in diplomacy played a crucial role.',
};

/** One passage edited and one deleted; the deleted paragraph's editor comments go with it. */
function editArticle(fixtureRoot: string) {
  const source = path.join(fixtureRoot, 'content', 'sources', 'looking-at-gaigi.md');
  const paragraphs = readFileSync(source, 'utf8').split('\n\n');
  const edited = paragraphs
    .filter((paragraph) => !paragraph.startsWith(DELETED))
    .map((paragraph) => paragraph.replace(EDITED.from, EDITED.to));
  if (edited.length !== paragraphs.length - 1 || !edited.some((paragraph) => paragraph.includes(EDITED.to))) {
    throw new Error(
      'the fixture edits no longer match content/sources/looking-at-gaigi.md: update scripts/build-fixture-site.ts',
    );
  }
  writeFileSync(source, edited.join('\n\n'));
}

/** A translation's passage edited too, so that old ids are also checked on a parallel page. */
function editTranslation(fixtureRoot: string) {
  const translation = path.join(fixtureRoot, 'content', 'sources', 'he-yin-en.md');
  const translated = readFileSync(translation, 'utf8');
  if (!translated.includes(TRANSLATION_EDITED.from)) {
    throw new Error(
      'the fixture edit no longer matches content/sources/he-yin-en.md: update scripts/build-fixture-site.ts',
    );
  }
  writeFileSync(translation, translated.replace(TRANSLATION_EDITED.from, TRANSLATION_EDITED.to));
}

/** The glossary's evidence names passages the fixture edits and deletes; the fixture tests links, not the glossary. */
function dropGlossaryEvidence(fixtureRoot: string) {
  const glossary = path.join(fixtureRoot, 'content', 'glossary.md');
  writeFileSync(glossary, readFileSync(glossary, 'utf8').replace(/^\s+evidence:.*\n/gm, ''));
}

const fixtureRoot = mkdtempSync(path.join(tmpdir(), 'gaigi-fixture-site-'));
try {
  cpSync(path.join(process.cwd(), 'content'), path.join(fixtureRoot, 'content'), { recursive: true });
  cpSync(path.join(process.cwd(), 'tests', 'fixtures', 'site-additions'), path.join(fixtureRoot, 'content'), {
    recursive: true,
  });
  dropGlossaryEvidence(fixtureRoot);
  editArticle(fixtureRoot);
  editTranslation(fixtureRoot);
  // A test site, never published (out-fixture/), of the code `npm test` has type-checked: Next skips its check.
  process.env.GAIGI_TYPE_CHECKED = '1';
  await buildSite({ contentRoot: fixtureRoot, out: 'out-fixture' });
} finally {
  rmSync(fixtureRoot, { recursive: true, force: true });
}
