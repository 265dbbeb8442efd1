/**
 * README's map of the tree stays true to the tree (issue 20: it named scripts/cards.ts and scripts/payloads.ts after
 * they moved). Checked: every folder and file of the map under "How it is built", the file names its lines mention
 * (relative to the line's folder), and every path in backticks elsewhere that starts at one of the project's own
 * folders. What only a build makes (out/, .builds/, test-results/) is not in the tree, so it is not checked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The folders a backticked path in the prose must start at to count as a path of the tree. */
const TREE_FOLDERS = ['app', 'bench', 'client', 'components', 'content', 'lib', 'public', 'scripts', 'tests', '.ci'];
const FILE_NAME = /(?<![\w/.-])[\w-]+(?:\/[\w.-]+)*\.(?:ts|tsx|mjs|cjs|json|md)\b/g;

/** The fenced block under "## How it is built": `name/   what it holds`, children indented by two spaces. */
function mapBlock(): string[] {
  const section = README.slice(README.indexOf('## How it is built'));
  const block = /```\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README has no map of the tree under "## How it is built"');
  return block[1].split('\n').filter((line) => line.trim() !== '');
}

interface MapLine {
  /** The entry's path from the project's root: `lib/content/`, `lib/corpus.ts`. */
  entry: string;
  /** Its description, continuation lines included. */
  text: string;
}

/** Each entry of the map with its full path and description (a line indented past the names continues the last). */
function mapEntries(): MapLine[] {
  const entries: MapLine[] = [];
  let parent = '';
  for (const line of mapBlock()) {
    const match = /^( {0,2})(\S+)\s+(.*)$/.exec(line);
    if (!match) {
      const last = entries.at(-1);
      if (last) last.text += ` ${line.trim()}`;
      continue;
    }
    const [, indent, name, text] = match;
    const entry = indent === '' ? name : `${parent}${name}`;
    if (indent === '') parent = name;
    entries.push({ entry, text });
  }
  return entries;
}

/** Where a file name in an entry's description is: in the entry's folder, or from the root when it names a folder. */
function mentioned({ entry, text }: MapLine): string[] {
  const folder = entry.endsWith('/') ? entry : path.posix.dirname(entry) + '/';
  return [...text.matchAll(FILE_NAME)].map(([name]) =>
    name.includes('/') && !existsSync(path.join(ROOT, folder, name)) ? name : `${folder}${name}`,
  );
}

function backtickedTreePaths(): string[] {
  const prose = README.replace(/```[\s\S]*?```/g, '');
  return [...prose.matchAll(/`([^`\s]+)`/g)]
    .map(([, text]) => text)
    .filter((text) => /^[\w.()[\]/-]+$/.test(text) && TREE_FOLDERS.includes(text.split('/')[0]) && text.includes('/'));
}

const missing = (paths: string[]) => paths.filter((file) => !existsSync(path.join(ROOT, file)));

describe("README's map of the tree", () => {
  it('reads the map: the top folders and a nested entry', () => {
    const entries = mapEntries().map(({ entry }) => entry);
    expect(entries).toEqual(expect.arrayContaining(['content/', 'lib/', 'lib/content/', 'lib/corpus.ts', 'scripts/']));
    expect(mentioned({ entry: 'lib/content/', text: 'stable ids (id-key.ts: …), see bench/results.json' })).toEqual([
      'lib/content/id-key.ts',
      'bench/results.json',
    ]);
  });

  it('names only folders and files that exist', () => {
    expect(missing(mapEntries().map(({ entry }) => entry))).toEqual([]);
  });

  it("names, in its entries' descriptions, only files that exist", () => {
    expect(missing(mapEntries().flatMap(mentioned))).toEqual([]);
  });

  it('has an entry for every folder of the project and every module of lib/', () => {
    const entries = mapEntries().map(({ entry }) => entry);
    const covered = (name: string) => entries.some((entry) => entry === name || entry.startsWith(name));
    const folders = readdirSync(ROOT, { withFileTypes: true })
      .filter((item) => item.isDirectory() && TREE_FOLDERS.includes(item.name) && !item.name.startsWith('.'))
      .map((item) => `${item.name}/`);
    const lib = readdirSync(path.join(ROOT, 'lib'), { withFileTypes: true }).map(
      (item) => `lib/${item.name}${item.isDirectory() ? '/' : ''}`,
    );
    expect([...folders, ...lib].filter((name) => !covered(name))).toEqual([]);
  });

  it('names, in backticks anywhere, only paths of the tree that exist', () => {
    const paths = backtickedTreePaths();
    expect(paths).toContain('lib/i18n/messages.ts');
    expect(missing(paths)).toEqual([]);
  });
});
