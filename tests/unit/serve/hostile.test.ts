/**
 * 1,200 generated hostile requests (hostile-requests.ts, fixed seed) against scripts/serve.mjs over a fixture folder.
 * Every answer must be sane: a status below 500, a Location on this site, a body that is part of a file inside the
 * served folder (or a short plain-text status), no long-lived caching of an error. Then the server must still answer.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { rawRequest, type RawReply, request, serveFixture } from './harness';
import { type HostileRequest, hostileRequests } from './hostile-requests';

const COUNT = 1200;
const SEED = 20231018;
const IN_FLIGHT = 8;
/** One "/", or "/" then anything but another "/" or "\": printable ASCII only, so percent-encoded. */
const SAME_SITE = /^\/(?:[^/\\][\x21-\x7e]*)?$/;
const PLAIN_STATUS = /^\d{3} [\w -]*\n$/;

const served = serveFixture();

function decoded(body: Buffer, encoding: string | undefined): Buffer {
  if (body.length === 0) return body;
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  return body;
}

/** What is wrong with the answer to one request ([] when it is sane). */
function problems(reply: RawReply, files: Buffer[]): string[] {
  // A connection the server cut (an oversized request it refused) is an answer; silence or a dead server is not.
  if (reply.responses.length === 0)
    return reply.error === 'ECONNRESET' ? [] : [`no answer (${reply.error ?? 'closed'})`];
  const cut =
    reply.rest.length > 0
      ? [`an answer cut short: ${JSON.stringify(reply.rest.subarray(0, 80).toString('latin1'))}`]
      : [];
  return cut.concat(
    reply.responses.flatMap(({ status, headers, body }) => {
      const found: string[] = [];
      if (!(status >= 200 && status < 500)) found.push(`status ${status}`);
      if (headers.location !== undefined && !SAME_SITE.test(headers.location))
        found.push(`Location ${JSON.stringify(headers.location)}`);
      if (status >= 400 && /max-age|immutable/.test(headers['cache-control'] ?? ''))
        found.push(`${status} cached: ${headers['cache-control']}`);
      let content: Buffer;
      try {
        content = decoded(body, headers['content-encoding']);
      } catch {
        return [...found, `undecodable ${headers['content-encoding']} body`];
      }
      const known =
        content.length === 0 || PLAIN_STATUS.test(content.toString()) || files.some((file) => file.includes(content));
      if (!known) found.push(`content from outside the folder: ${JSON.stringify(content.subarray(0, 80).toString())}`);
      return found;
    }),
  );
}

async function sendAll(requests: HostileRequest[], files: Buffer[]): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const hostile = requests[next++];
      const reply = await rawRequest(served.server.port, hostile.bytes, { headRequests: hostile.head });
      for (const problem of problems(reply, files)) failures.push(`${hostile.label}: ${problem}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return failures;
}

it(`answers ${COUNT} generated hostile requests sanely and still serves afterwards`, async () => {
  const requests = hostileRequests(COUNT, SEED);
  expect(requests).toHaveLength(COUNT);
  const failures = await sendAll(requests, [...served.fixture.files.values()]);
  expect(failures.slice(0, 20), `${failures.length} of ${COUNT} answers were not sane`).toEqual([]);
  expect(served.server.exitCode()).toBeNull();
  const home = await request(served.server.port, '/');
  expect([home.status, home.body]).toEqual([200, served.fixture.files.get('/index.html')]);
}, 120_000);
