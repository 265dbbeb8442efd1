/**
 * One query on a search page in Chromium, cold (a fresh browser context) and then warm (again on the same page).
 *
 * Both pages have a box `#search-page-q` and a live region `#search-status` that is empty while idle, says
 * "Searching…" while a search runs and states the result count once the results are in the page, in the same render.
 * Timing is taken inside the page: from the Enter keydown to the mutation that puts the count in `#search-status`.
 * Bytes are Playwright's `request.sizes().responseBodySize` (the body as transferred: gzip where the server
 * compresses, response headers not included) of every request that starts after the page has loaded and its network
 * has gone quiet, up to the network going quiet again after the results: focusing the box, the engine's lazily
 * loaded JavaScript and WebAssembly (also from Web Workers), index files and result data.
 */
import type { Browser, Page, Request } from '@playwright/test';

export interface SearchPageUnderTest {
  origin: string;
  /** The search page a reader would type this query on. */
  path(query: string): string;
  /** Resolves once the page's box is live (typing and Enter reach its script). */
  ready(page: Page): Promise<void>;
  /** What a fetched file is to the engine, for the breakdown of a query's bytes. */
  kindOf(url: URL): FileKind;
}

export type FileKind = 'code' | 'manifest' | 'index' | 'texts' | 'other';

export interface QueryMeasure {
  coldMs: number;
  coldBytesGz: number;
  requests: number;
  warmMs: number[];
  /** What `#search-status` said: the result count, as the reader sees it. */
  shown: string;
  /** The cold bytes and requests by kind of file. */
  byKind: Partial<Record<FileKind, { bytes: number; requests: number }>>;
}

interface InPage {
  enter: number;
  done: number;
  status: string;
  /**
   * The page's URL already held a query at Enter: it had searched by itself (the real page does after typing stops).
   */
  searchedBeforeEnter: boolean;
}

declare global {
  interface Window {
    __bench: InPage;
  }
}

/** Runs in the page before its own scripts: timestamps of Enter and of the results' status. */
function instrument() {
  const bench = { enter: 0, done: 0, status: '', searchedBeforeEnter: false };
  window.__bench = bench;
  addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter') return;
      bench.enter = performance.now();
      bench.done = 0;
      bench.searchedBeforeEnter = Boolean(new URLSearchParams(location.search).get('q'));
    },
    true,
  );
  new MutationObserver(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    if (!bench.enter || bench.done || !status || status.startsWith('Searching')) return;
    bench.done = performance.now();
    bench.status = status;
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Warm runs of each query on its page. */
const WARM_RUNS = 3;
const QUERY_TIMEOUT_MS = 120_000;

export async function measureQuery(
  browser: Browser,
  target: SearchPageUnderTest,
  query: string,
): Promise<QueryMeasure> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(instrument);
    const page = await context.newPage();
    const network = watchNetwork(page, target.kindOf);
    await page.goto(target.origin + target.path(query), { waitUntil: 'load' });
    await target.ready(page);
    await page.waitForLoadState('networkidle');
    network.start();
    const cold = await submit(page, query);
    await network.quiet();
    const { bytes, requests, byKind } = await network.total();
    const warmMs: number[] = [];
    for (let run = 0; run < WARM_RUNS; run++) {
      await clear(page);
      warmMs.push((await submit(page, query)).ms);
    }
    return { coldMs: cold.ms, coldBytesGz: bytes, requests, warmMs, shown: cold.status, byKind };
  } finally {
    await context.close();
  }
}

/**
 * Clicks the box, types the query and presses Enter as one burst of DevTools input events (processed in order), so
 * that Enter follows the typing at once: the real page would search by itself 200 ms after typing stops, and a busy
 * machine can delay separate commands that long. Returns the in-page time from Enter to the results' status.
 */
async function submit(page: Page, query: string): Promise<{ ms: number; status: string }> {
  const box = await page.locator('#search-page-q').boundingBox();
  if (!box) throw new Error('the search box is not on the page');
  const session = await page.context().newCDPSession(page);
  const click = { x: box.x + box.width / 2, y: box.y + box.height / 2, button: 'left', clickCount: 1 } as const;
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
  await Promise.all([
    session.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...click }),
    session.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...click }),
    session.send('Input.insertText', { text: query }),
    session.send('Input.dispatchKeyEvent', { type: 'keyDown', text: '\r', ...enter }),
    session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter }),
  ]);
  await session.detach();
  await page.waitForFunction(() => window.__bench.done > 0 || window.__bench.searchedBeforeEnter, null, {
    timeout: QUERY_TIMEOUT_MS,
    polling: 50,
  });
  const bench = await page.evaluate(() => window.__bench);
  if (bench.searchedBeforeEnter) throw new Error(`the page searched for "${query}" before Enter`);
  return { ms: bench.done - bench.enter, status: bench.status };
}

/** Empties the box and waits for the page to go idle (the real page follows an emptied box after its debounce). */
async function clear(page: Page) {
  await page.locator('#search-page-q').fill('');
  await page.waitForFunction(() => document.getElementById('search-status')?.textContent === '', null, {
    timeout: QUERY_TIMEOUT_MS,
  });
}

/** Requests from the moment `start()` is called, with their transferred body sizes once finished. */
function watchNetwork(page: Page, kindOf: (url: URL) => FileKind) {
  let counting = false;
  const counted = new Set<Request>();
  const pending = new Set<Request>();
  const finished: Promise<{ kind: FileKind; bytes: number }>[] = [];
  let lastActivity = Date.now();
  page.on('request', (request) => {
    lastActivity = Date.now();
    if (!counting) return;
    counted.add(request);
    pending.add(request);
  });
  // Sizes are asked only of counted requests, all awaited by total(): asked of a request of the warm runs, they could
  // fail once the context has closed, and nothing would catch it.
  const settle = (request: Request, bytes: () => Promise<number>) => {
    lastActivity = Date.now();
    if (!counted.has(request)) return;
    pending.delete(request);
    const kind = kindOf(new URL(request.url()));
    finished.push(bytes().then((size) => ({ kind, bytes: size })));
  };
  page.on('requestfinished', (request) =>
    settle(request, () => request.sizes().then((sizes) => sizes.responseBodySize)),
  );
  page.on('requestfailed', (request) => settle(request, async () => 0));
  return {
    start: () => {
      counting = true;
    },
    /** Until nothing has been in flight for half a second. */
    async quiet() {
      while (pending.size > 0 || Date.now() - lastActivity < 500) await page.waitForTimeout(100);
    },
    /** The cold query's files; what is fetched after this is not counted. */
    async total() {
      counting = false;
      const files = await Promise.all(finished);
      const byKind: QueryMeasure['byKind'] = {};
      for (const { kind, bytes } of files) {
        const sum = (byKind[kind] ??= { bytes: 0, requests: 0 });
        sum.bytes += bytes;
        sum.requests++;
      }
      return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), requests: counted.size, byKind };
    },
  };
}
