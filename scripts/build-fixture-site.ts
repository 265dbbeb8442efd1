/**
 * Builds the site a second time, into out-fixture/, from a copy of content/ plus test fixtures: a hostile source, a
 * source added as one file, one passage edited and one deleted, and one passage of a translation edited. Browser tests in tests/e2e-fixture/ check that nothing
 * hostile runs, that the added source shows up everywhere, and that old passage links still land.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyCsp } from './csp';
import { publishNotFoundPages } from './not-found-pages';
import { dropNavigationPayloads } from './payloads';

const FIXTURE_ROOT = path.join(process.cwd(), '.fixture-site');
const EDITED = { from: 'We should put ethics first.', to: 'We must put ethics first.' };
const DELETED = 'Global collaboration should foster the sound development of AI';
const TRANSLATION_EDITED = { from: 'Leadership in diplomacy has played a crucial role.', to: 'Leadership in diplomacy played a crucial role.' };

rmSync(FIXTURE_ROOT, { recursive: true, force: true });
cpSync(path.join(process.cwd(), 'content'), path.join(FIXTURE_ROOT, 'content'), { recursive: true });
cpSync(path.join(process.cwd(), 'tests', 'fixtures', 'site-additions'), path.join(FIXTURE_ROOT, 'content'), { recursive: true });

const source = path.join(FIXTURE_ROOT, 'content', 'sources', 'looking-at-gaigi.md');
const paragraphs = readFileSync(source, 'utf8').split('\n\n');
const edited = paragraphs
  .filter((paragraph) => !paragraph.startsWith(DELETED))
  .map((paragraph) => paragraph.replace(EDITED.from, EDITED.to));
if (edited.length !== paragraphs.length - 1 || !edited.some((paragraph) => paragraph.includes(EDITED.to))) {
  throw new Error('the fixture edits no longer match content/sources/looking-at-gaigi.md: update scripts/build-fixture-site.ts');
}
writeFileSync(source, edited.join('\n\n'));

// A translation's passage edited too, so that old ids are also checked on a parallel page.
const translation = path.join(FIXTURE_ROOT, 'content', 'sources', 'he-yin-en.md');
const translated = readFileSync(translation, 'utf8');
if (!translated.includes(TRANSLATION_EDITED.from)) {
  throw new Error('the fixture edit no longer matches content/sources/he-yin-en.md: update scripts/build-fixture-site.ts');
}
writeFileSync(translation, translated.replace(TRANSLATION_EDITED.from, TRANSLATION_EDITED.to));

execFileSync(path.join(process.cwd(), 'node_modules', '.bin', 'next'), ['build'], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_ROOT: FIXTURE_ROOT, NEXT_DIST_DIR: 'out-fixture', NEXT_TELEMETRY_DISABLED: '1' },
});
applyCsp(path.join(process.cwd(), 'out-fixture'));
publishNotFoundPages(path.join(process.cwd(), 'out-fixture'));
dropNavigationPayloads(path.join(process.cwd(), 'out-fixture'));
