/**
 * `npm run dev` (scripts/dev.ts): under `next dev` the server reads content/ again once it has changed, and every value
 * derived from the corpus follows (perCorpus); a build reads it once. The page listens for the dev script's events
 * only under `next dev` with the dev script's port.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { devReloadPort, devReloadScript } from '@/components/site/dev-reload';
import { getCorpus } from '@/lib/corpus';
import { getLinks } from '@/lib/links';

const root = mkdtempSync(path.join(tmpdir(), 'gaigi-dev-content-'));
cpSync(path.join(process.cwd(), 'content'), path.join(root, 'content'), { recursive: true });
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

const SOURCE = path.join(root, 'content', 'sources', 'looking-at-gaigi.md');
const ADDED = 'A sentence added while the dev server runs.';

/** An editor's save: new words, and a modification time the file did not have. */
function edit(file: string, text: string, at: number) {
  writeFileSync(file, text);
  utimesSync(file, at, at);
}

const hasAdded = () =>
  getCorpus()
    .sources.flatMap((source) => source.passages)
    .some((passage) => passage.text === ADDED);

describe('the corpus under next dev', () => {
  it('is read once per process in a build, whatever changes', () => {
    vi.stubEnv('CONTENT_ROOT', root);
    vi.stubEnv('NODE_ENV', 'production');
    const first = getCorpus();
    const original = readFileSync(SOURCE, 'utf8');
    edit(SOURCE, `${original}\n${ADDED}\n`, 2_000_000_000);
    expect(getCorpus()).toBe(first);
    expect(hasAdded()).toBe(false);
    edit(SOURCE, original, 2_000_000_100);
  });

  it('is read again, with what derives from it, once content/ has changed', () => {
    vi.stubEnv('CONTENT_ROOT', root);
    vi.stubEnv('NODE_ENV', 'development');
    const before = getCorpus();
    const links = getLinks();
    expect(getCorpus()).toBe(before);
    expect(getLinks()).toBe(links);
    const original = readFileSync(SOURCE, 'utf8');
    edit(SOURCE, `${original}\n${ADDED}\n`, 2_000_000_200);
    expect(hasAdded()).toBe(true);
    expect(getCorpus()).not.toBe(before);
    expect(getLinks()).not.toBe(links);
    expect(
      getLinks()
        .sourcesBySlug.get('looking-at-gaigi')
        ?.passages.some(({ text }) => text === ADDED),
    ).toBe(true);
  });
});

describe('the page listening for content changes', () => {
  it('listens only under next dev, given the dev script port', () => {
    expect(devReloadPort({ NODE_ENV: 'development', DEV_RELOAD_PORT: '4101' })).toBe(4101);
    expect(devReloadPort({ NODE_ENV: 'production', DEV_RELOAD_PORT: '4101' })).toBeUndefined();
    expect(devReloadPort({ NODE_ENV: 'development' })).toBeUndefined();
    expect(devReloadPort({ NODE_ENV: 'development', DEV_RELOAD_PORT: '4101"><script>' })).toBeUndefined();
  });

  it('reloads on the content event from that port, on the host the page was opened at', () => {
    const script = devReloadScript(4101);
    expect(script).toContain(":4101/'");
    expect(script).toContain("addEventListener('content',()=>location.reload())");
  });
});
