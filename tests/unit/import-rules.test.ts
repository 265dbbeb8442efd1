import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Import rules the architecture depends on, checked on the source files:
 * - components never load the corpus: they receive data as props (type imports are fine);
 * - client code ('use client' files, the reader's script in client/, and everything they import, dynamic imports
 *   included) never reaches a module marked `import 'server-only'`, a Node built-in, SITE_URL, or the search index's
 *   build (lib/search/build/); nor, by any import, types included, a server-only module: what the browser runs is
 *   written against types that live outside the server's modules;
 * - the corpus, its links and the page data are marked server-only;
 * - layers point one way: lib never imports from components or app, no module imports itself through others, and
 *   no folder of lib/ does either (a module rule misses corpus.ts → links/ → corpus.ts when the files differ).
 */
const ROOT = process.cwd();

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(path.join(ROOT, file)).isDirectory() ? filesUnder(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** Each answer about a file is worked out once: the rules below walk the same files many times. */
function once<Result>(compute: (...keys: string[]) => Result): (...keys: string[]) => Result {
  const known = new Map<string, Result>();
  return (...keys) => {
    const key = keys.join('\0');
    if (!known.has(key)) known.set(key, compute(...keys));
    return known.get(key)!;
  };
}

/** Files are read and parsed once. */
const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  const known = parsed.get(file);
  if (known) return known;
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  parsed.set(file, source);
  return source;
}

/** The runtime imports of a file (not `import type`), static and dynamic, as written. */
const runtimeImports = once((file: string): string[] => {
  const source = parse(file);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.importClause?.namedBindings;
      const onlyTypes =
        !node.importClause?.name &&
        named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
});

/** Every import of a file, type-only ones included, static and dynamic, as written. */
const allImports = once((file: string): string[] => {
  const source = parse(file);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (
      (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) ||
      ts.isImportTypeNode(node)
    ) {
      const argument = ts.isCallExpression(node) ? node.arguments[0] : node.argument;
      const literal = ts.isLiteralTypeNode(argument) ? argument.literal : argument;
      if (ts.isStringLiteral(literal)) found.push(literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
});

/** A project file an import names, or undefined for a package. */
const resolve = once((from: string, specifier: string): string | undefined => {
  const base = specifier.startsWith('@/')
    ? specifier.slice(2)
    : specifier.startsWith('.')
      ? path.join(path.dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
    (candidate) => existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile(),
  );
});

const isServerOnly = (file: string) => runtimeImports(file).includes('server-only');
const readsSiteUrl = (file: string) => /process\.env\.SITE_URL/.test(parse(file).text);
const isClient = (file: string) => /^\s*['"]use client['"]/.test(parse(file).text);

/** Every file reachable from `entry` by runtime imports, with the chain that reaches it. */
function reachable(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const specifier of runtimeImports(file)) {
      const target = resolve(file, specifier) ?? `package:${specifier}`;
      if (chains.has(target)) continue;
      chains.set(target, [...chains.get(file)!, target]);
      if (!target.startsWith('package:')) queue.push(target);
    }
  }
  return chains;
}

/** Project files a file imports, by any kind of import. */
function projectImports(file: string): string[] {
  return allImports(file)
    .map((specifier) => resolve(file, specifier))
    .filter((target): target is string => target !== undefined);
}

/** Strongly connected groups of more than one node (or a node importing itself): each is an import cycle. */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const connect = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    for (let member = stack.pop()!; ; member = stack.pop()!) {
      group.push(member);
      if (member === node) break;
    }
    if (group.length > 1 || graph.get(node)?.has(node)) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return found;
}

/** The import graph of files, each file mapped to a unit (itself, or its folder). */
function importGraph(files: readonly string[], unit: (file: string) => string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = unit(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const target of projectImports(file)) if (unit(target) !== from || target === file) edges.add(unit(target));
  }
  return graph;
}

/** A file's folder of lib/ ('lib/links'), or the file itself for a module directly in lib/ ('lib/corpus.ts'). */
const libFolder = (file: string) =>
  file
    .split('/')
    .slice(0, file.split('/').length > 2 ? 2 : 3)
    .join('/');

const SOURCE_FILES = ['app', 'client', 'components', 'lib', 'scripts', 'bench'].flatMap(filesUnder);

/** The search index's build-time half: the browser's half (lib/search/*.ts) never imports it. */
const SEARCH_BUILD = 'lib/search/build/';
const SERVER_MODULES = ['lib/corpus.ts', 'lib/site-url.ts', ...filesUnder('lib/links'), ...filesUnder('lib/pages')];

describe('import rules', () => {
  it('marks the corpus, its links, the page data and the site URL server-only', () => {
    expect(SERVER_MODULES.length).toBeGreaterThan(8);
    expect(SERVER_MODULES.filter((file) => !isServerOnly(file))).toEqual([]);
  });

  it('components never load the corpus: they render the props pages give them', () => {
    const violations = filesUnder('components').flatMap((file) =>
      runtimeImports(file)
        .map((specifier) => resolve(file, specifier))
        .filter((target): target is string => target !== undefined && SERVER_MODULES.includes(target))
        .map((target) => `${file} imports ${target}`),
    );
    expect(violations).toEqual([]);
  });

  // Walking every client file's imports takes seconds on a loaded machine.
  it('client code never reaches server-only modules, Node built-ins, SITE_URL or the search index build', () => {
    const clients = [
      ...filesUnder('client'),
      ...[...filesUnder('components'), ...filesUnder('app'), ...filesUnder('lib')].filter(isClient),
    ];
    expect(clients.length).toBeGreaterThan(3);
    const violations = clients.flatMap((entry) =>
      [...reachable(entry)]
        .filter(([file]) =>
          file.startsWith('package:')
            ? /^package:(node:|server-only$|fs$|path$)/.test(file)
            : isServerOnly(file) || readsSiteUrl(file) || file.startsWith(SEARCH_BUILD),
        )
        .map(([, chain]) => chain.join(' → ')),
    );
    expect(violations).toEqual([]);
  }, 30_000);

  it('lib never imports from components or app', () => {
    const violations = filesUnder('lib').flatMap((file) =>
      projectImports(file)
        .filter((target) => /^(components|app)\//.test(target))
        .map((target) => `${file} imports ${target}`),
    );
    expect(violations).toEqual([]);
  });

  it('no module imports itself through others, type-only imports included', () => {
    expect(cycles(importGraph(SOURCE_FILES, (file) => file))).toEqual([]);
  });

  it('no folder of lib/ imports itself through others', () => {
    const libFiles = filesUnder('lib');
    const graph = importGraph(libFiles, libFolder);
    for (const edges of graph.values())
      for (const target of edges) if (!target.startsWith('lib/')) edges.delete(target);
    expect(cycles(graph)).toEqual([]);
  });

  it('browser modules import no server-only module, types included', () => {
    const browser = new Map<string, string[]>();
    const queue = [
      ...filesUnder('client'),
      ...[...filesUnder('components'), ...filesUnder('app'), ...filesUnder('lib')].filter(isClient),
    ];
    for (const entry of queue) browser.set(entry, [entry]);
    for (let file = queue.shift(); file; file = queue.shift()) {
      for (const target of projectImports(file)) {
        if (browser.has(target)) continue;
        browser.set(target, [...browser.get(file)!, target]);
        // The first server-only module on a path is the violation; what it imports in turn adds nothing.
        if (!isServerOnly(target)) queue.push(target);
      }
    }
    const violations = [...browser].filter(([file]) => isServerOnly(file)).map(([, chain]) => chain.join(' → '));
    expect(violations).toEqual([]);
  });

  it('would catch a violation', () => {
    // The rules above must be able to fail: a page module reaches the corpus, and so would any client that imported it.
    expect([...reachable('lib/pages/home.ts').keys()]).toContain('lib/corpus.ts');
    expect(isServerOnly('lib/corpus.ts')).toBe(true);
    expect([...reachable(`${SEARCH_BUILD}index.ts`).keys()]).toContain('lib/corpus.ts');
    expect([...reachable('lib/search/client.ts').keys()].filter((file) => file.startsWith(SEARCH_BUILD))).toEqual([]);
    // The cycle finder finds a cycle of three, a self-import, and nothing in a chain.
    const graph = (edges: [string, string][]) => {
      const map = new Map<string, Set<string>>();
      for (const [from, to] of edges)
        map.set(from, (map.get(from) ?? new Set()).add(to)).set(to, map.get(to) ?? new Set());
      return map;
    };
    expect(
      cycles(
        graph([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['c', 'd'],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
    expect(cycles(graph([['a', 'a']]))).toEqual([['a']]);
    expect(
      cycles(
        graph([
          ['a', 'b'],
          ['b', 'c'],
        ]),
      ),
    ).toEqual([]);
    expect(libFolder('lib/links/works.ts')).toBe('lib/links');
    expect(libFolder('lib/corpus.ts')).toBe('lib/corpus.ts');
    // Type-only imports count: a client component's types reach the page data.
    expect(allImports('lib/sheet/resolve.ts')).toContain('./problems');
  });
});
