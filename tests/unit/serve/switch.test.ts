/**
 * out/ is a link that a build switches to a new folder at any moment (scripts/build/swap-out.ts). The server resolves
 * it once per request, so a page that both builds have never answers 404 while the link flips (issue 15: 253 of
 * 23,208 requests did when the folder and the file were resolved separately).
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, startServer, type Served } from './harness';

const FLIPS = 1_000;
/** Pages both builds have: a file, a directory's index.html and a page under a folder. */
const PAGES = ['/', '/page.html', '/principles/'];

let root = '';
let server: Served | undefined;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'gaigi-switch-'));
  for (const build of ['a', 'b']) {
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, build, file)), { recursive: true });
      writeFileSync(path.join(root, build, file), text);
    };
    write('index.html', `<title>home ${build}</title>`);
    write('page.html', `<title>page ${build}</title>`);
    write('principles/index.html', `<title>principles ${build}</title>`);
    write('404.html', `<title>not found ${build}</title>`);
  }
  symlinkSync('a', path.join(root, 'out'));
  server = await startServer(path.join(root, 'out'));
});

afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** Points out at the other build by renaming a new link over it, as a build publishes. */
function flip(to: string) {
  const link = path.join(root, 'out.link');
  symlinkSync(to, link);
  renameSync(link, path.join(root, 'out'));
}

describe('switching out/ between two builds', () => {
  it(`never answers 404 for a page both builds have, over ${FLIPS.toLocaleString('en')} switches`, async () => {
    const port = server?.port ?? 0;
    const statuses = new Map<string, number>();
    let flips = 0;
    // Four requests in flight at once; each answer switches the link, so switches land while the others are served.
    const requester = async (offset: number) => {
      for (let i = offset; flips < FLIPS; i++) {
        const page = PAGES[i % PAGES.length];
        const { status } = await request(port, page);
        const key = `${page} ${status}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        flip(flips++ % 2 === 0 ? 'b' : 'a');
      }
    };
    await Promise.all([0, 1, 2, 3].map(requester));
    const answered = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    expect(answered).toBeGreaterThanOrEqual(FLIPS);
    expect([...statuses.keys()].filter((key) => !key.endsWith(' 200'))).toEqual([]);
  });
});
