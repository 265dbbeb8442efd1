/**
 * The one place that says which Chromium the tests, the Lighthouse gates and the benches drive: `CHROME_PATH`, then
 * Debian's package, then any Chromium or Chrome on `PATH`. Playwright never downloads a browser here (the machines
 * reach no browser download), so every caller launches the executable this returns.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Names a Chromium or Chrome is installed under, in the order they are preferred. */
const NAMES_ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/**
 * Flags for a headless Chromium on these machines: root needs --no-sandbox, there is no GPU, and with no network the
 * browser's own background connections would only be refused.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface FindContext {
  env: Partial<Record<string, string>>;
  isExecutable: (file: string) => boolean;
}

const nodeContext: FindContext = {
  env: process.env,
  isExecutable: (file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
};

/**
 * The browser to launch, or undefined when none is installed. A `CHROME_PATH` that is not executable counts as none.
 */
export function findBrowser(context: FindContext = nodeContext): string | undefined {
  const { env, isExecutable } = context;
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of NAMES_ON_PATH) {
    const found = dirs.map((dir) => path.join(dir, name)).find(isExecutable);
    if (found) return found;
  }
  return undefined;
}

/** The browser for a caller that cannot go on without one (Playwright's config falls back to Debian's path). */
export function browserPath(): string {
  return findBrowser() ?? DEBIAN_CHROMIUM;
}
