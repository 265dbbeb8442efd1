import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCorpus } from '@/lib/corpus';
import { samplePassages } from '@/bench/synthetic';
import { writeOurSite } from '@/bench/vs-sites';

/**
 * `out` is a link to the live build: the bench's copy of the site must be a folder of its own, or rewriting the
 * copy's search index rewrites the served one (issue 15). No browser: the copy is checked on the file tree.
 */

/** Every entry under `dir` (files by content, links by target, folders by name), as one hash. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative)).sort()) {
      const entry = path.join(relative, name);
      const full = path.join(dir, entry);
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) hash.update(`link ${entry} -> ${readlinkSync(full)}\n`);
      else if (stat.isDirectory()) {
        hash.update(`dir ${entry}\n`);
        walk(entry);
      } else hash.update(`file ${entry} ${stat.mode} `).update(readFileSync(full)).update('\n');
    }
  };
  walk('');
  return hash.digest('hex');
}

/** Symbolic links anywhere under `dir`. */
const links = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((entry) =>
    lstatSync(path.join(dir, entry)).isSymbolicLink(),
  );

const write = (file: string, body: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
};

describe('the vs-Pagefind bench copies the built site', () => {
  let root: string;
  let build: string;
  let shared: string;
  let copy: string;

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'gaigi-bench-copy-'));
    // As scripts/build/swap-out.ts leaves it: out -> .builds/<build>, a relative link.
    build = path.join(root, '.builds', 'site-1');
    write(path.join(build, 'index.html'), '<!doctype html><title>home</title>');
    write(path.join(build, 'search', 'index.html'), '<!doctype html><title>search</title>');
    write(path.join(build, 'search-index', 'manifest.json'), '{"real":true}');
    write(path.join(build, 'search-index', 'shards', '0.json'), '{"real":"shard"}');
    // A link inside the site too: the copy holds its own files, never a way back into another folder.
    shared = path.join(root, 'shared-data');
    write(path.join(shared, 'corpus.json'), '{"real":"data"}');
    symlinkSync(shared, path.join(build, 'data'));
    symlinkSync(path.join('.builds', 'site-1'), path.join(root, 'out'));
    copy = path.join(root, 'copy');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leaves the folder out links to byte for byte unchanged, and gives the copy the synthetic index', () => {
    const before = { build: treeHash(build), shared: treeHash(shared) };
    writeOurSite(samplePassages(getCorpus(), 1), copy, path.join(root, 'out'));
    expect(treeHash(build)).toBe(before.build);
    expect(treeHash(shared)).toBe(before.shared);
    expect(lstatSync(path.join(root, 'out')).isSymbolicLink()).toBe(true);

    expect(lstatSync(copy).isDirectory()).toBe(true);
    expect(readFileSync(path.join(copy, 'search', 'index.html'), 'utf8')).toContain('<title>search</title>');
    const manifest = readFileSync(path.join(copy, 'search-index', 'manifest.json'), 'utf8');
    expect(manifest).not.toBe('{"real":true}');
    expect(JSON.parse(manifest)).toHaveProperty('principles');
    expect(links(copy)).toEqual([]);
    expect(readFileSync(path.join(copy, 'data', 'corpus.json'), 'utf8')).toBe('{"real":"data"}');
  });
});
