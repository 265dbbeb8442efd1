/**
 * Drops the framework's client-navigation payloads from an export: for every page, Next writes the React Server
 * Components data three more times beside index.html (index.txt, __next._full.txt and one __next.*.txt per segment),
 * for `<Link>` navigations that fetch the next page's data instead of the page. This site links with plain <a> (full
 * page loads, so #fragments and :target work as browsers intend), so nothing ever fetches them; they were most of
 * out/, and of a passage page's weight.
 */
import { rmSync, statSync } from 'node:fs';
import { filesUnder } from '../../lib/files-under';

const PAYLOAD = /^(?:index|__next\..+)\.txt$/;

export function dropNavigationPayloads(dir: string): { files: number; bytes: number } {
  const payloads = filesUnder(dir, (name) => PAYLOAD.test(name));
  let bytes = 0;
  for (const file of payloads) {
    bytes += statSync(file).size;
    rmSync(file);
  }
  return { files: payloads.length, bytes };
}
