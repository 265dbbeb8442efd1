/**
 * The local server under load: autocannon, 200 connections for 20 s on loopback, against scripts/serve.mjs and
 * against the npm package `serve` on the same out/, in the same run. Each request is one of the pages of every route
 * kind, in turn. Two kinds of client: `plain` sends no Accept-Encoding, `browser` sends what browsers send (so both
 * servers compress). Aim: ours answers at least as many requests/s as `serve`, with no errors, for both. The machine
 * is shared and its load swings: each server is measured in two rounds, taken in turn, and its best round is kept.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { ROUTES } from './page-weight';

const CONNECTIONS = 200;
const DURATION_SECONDS = 20;
const ROUNDS = 2;
const CLIENTS = { plain: {}, browser: { 'accept-encoding': 'gzip, deflate, br' } } as const;

interface Load {
  requestsPerSecond: number;
  /** Each round's, in the order run. */
  roundsRequestsPerSecond?: number[];
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers other than 2xx (every page asked for exists). */
  non2xx: number;
}

/** A server to measure: the arguments to give node, for a port. */
type Contender = (port: number) => string[];

/** A port nobody listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilAnswering(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`${child.spawnargs.join(' ')} exited with ${child.exitCode}`);
    const answered = await fetch(`http://127.0.0.1:${port}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing answers on port ${port}`);
}

async function load(contender: Contender, headers: Record<string, string>): Promise<Load> {
  const port = await freePort();
  const child = spawn(process.execPath, contender(port), {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  try {
    await waitUntilAnswering(port, child);
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: DURATION_SECONDS,
      headers,
      requests: ROUTES.map((route) => ({ method: 'GET', path: route.path })),
    });
    return {
      requestsPerSecond: Math.round(result.requests.average),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      errors: result.errors,
      non2xx: result.non2xx,
    };
  } finally {
    child.kill();
  }
}

/** The round with most requests/s, with every round's requests/s and the errors of all rounds. */
function best(rounds: Load[]): Load {
  const top = rounds.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
  const sum = (pick: (load: Load) => number) => rounds.reduce((total, load) => total + pick(load), 0);
  return {
    ...top,
    roundsRequestsPerSecond: rounds.map((load) => load.requestsPerSecond),
    errors: sum((load) => load.errors),
    non2xx: sum((load) => load.non2xx),
  };
}

export async function benchServer() {
  const outDir = path.join(process.cwd(), 'out');
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error('out/ has no site: run `npm run build` first');
  // Ours reads PORT and HOST; serve is told the same, without request logging or clipboard.
  const ours: Contender = () => [path.join('scripts', 'serve.mjs'), outDir];
  const serve: Contender = (port) => [
    path.join('node_modules', 'serve', 'build', 'main.js'),
    '-L',
    '-n',
    '-l',
    `tcp://127.0.0.1:${port}`,
    outDir,
  ];
  const clients = [];
  for (const [client, headers] of Object.entries(CLIENTS)) {
    const rounds: { ours: Load; serve: Load }[] = [];
    for (let round = 0; round < ROUNDS; round++)
      rounds.push({ ours: await load(ours, headers), serve: await load(serve, headers) });
    const figures = { ours: best(rounds.map((round) => round.ours)), serve: best(rounds.map((round) => round.serve)) };
    const aimMet =
      figures.ours.requestsPerSecond >= figures.serve.requestsPerSecond &&
      figures.ours.errors + figures.ours.non2xx === 0;
    console.log(
      `server (${client}): ours ${figures.ours.requestsPerSecond} req/s, serve ${figures.serve.requestsPerSecond} req/s`,
    );
    clients.push({ client, headers, ...figures, aimMet });
  }
  return {
    measuredAt: new Date().toISOString(),
    tool: `autocannon, ${CONNECTIONS} connections, ${DURATION_SECONDS} s, loopback, best of ${ROUNDS} rounds taken in turn`,
    pages: ROUTES.map((route) => route.path),
    aim: "ours: requests/s >= serve's, 0 errors and 0 non-2xx, for each client",
    clients,
    aimMet: clients.every((client) => client.aimMet),
  };
}
