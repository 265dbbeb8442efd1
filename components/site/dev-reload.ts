/**
 * Under `npm run dev` only (scripts/dev.ts): the page listens for changes to content/, which Next.js's dev server does
 * not see, and reloads. The events come from the dev script's own port, on the host the page was opened at.
 */
export function devReloadScript(port: number): string {
  return `new EventSource(location.protocol+'//'+location.hostname+':${port}/').addEventListener('content',()=>location.reload());`;
}

/** The port of the dev script's events, when this render is `next dev`'s under `npm run dev`; else undefined. */
export function devReloadPort(env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (env.NODE_ENV !== 'development') return undefined;
  const port = Number(env.DEV_RELOAD_PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
}
