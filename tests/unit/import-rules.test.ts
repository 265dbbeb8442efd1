import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Import rules the architecture depends on, checked on the source files:
 * - components never load the corpus: they receive data as props (type imports are fine);
 * - client code ('use client' files, the reader's script in client/, and everything they import, dynamic imports
 *   included) never reaches a module
 *   marked `import 'server-only'`, a Node built-in, SITE_URL, or the search index's build (lib/search/build/);
 * - the corpus, its links and the page data are marked server-only.
 */
const ROOT = process.cwd();

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(path.join(ROOT, file)).isDirectory() ? filesUnder(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** The runtime imports of a file (not `import type`), static and dynamic, as written. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
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
}

/** A project file an import names, or undefined for a package. */
function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? specifier.slice(2)
    : specifier.startsWith('.')
      ? path.join(path.dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
    (candidate) => existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile(),
  );
}

const isServerOnly = (file: string) => runtimeImports(file).includes('server-only');
const readsSiteUrl = (file: string) => /process\.env\.SITE_URL/.test(readFileSync(path.join(ROOT, file), 'utf8'));
const isClient = (file: string) => /^\s*['"]use client['"]/.test(readFileSync(path.join(ROOT, file), 'utf8'));

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

  it('would catch a violation', () => {
    // The rules above must be able to fail: a page module reaches the corpus, and so would any client that imported it.
    expect([...reachable('lib/pages/home.ts').keys()]).toContain('lib/corpus.ts');
    expect(isServerOnly('lib/corpus.ts')).toBe(true);
    expect([...reachable(`${SEARCH_BUILD}index.ts`).keys()]).toContain('lib/corpus.ts');
    expect([...reachable('lib/search/client.ts').keys()].filter((file) => file.startsWith(SEARCH_BUILD))).toEqual([]);
  });
});
