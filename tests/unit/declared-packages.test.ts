import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every package the code imports is declared in package.json (issue 15): one that only arrives as another package's
 * dependency (chrome-launcher through lighthouse, the hast types through the unified packages) can vanish or change
 * major version with that package's next release.
 */
const ROOT = process.cwd();
const FOLDERS = ['app', 'components', 'lib', 'scripts', 'bench', 'tests'];
const CODE = /\.(?:[cm]?[jt]sx?)$/;

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }));

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => CODE.test(name) || name.endsWith('.css'))
    .map((name) => path.join(dir, name));
}

/** The project's own files that can import: the folders above and the config files at the root. */
function projectFiles(): string[] {
  const rootFiles = readdirSync(ROOT).filter((name) => CODE.test(name) && !name.endsWith('.d.ts'));
  return [...rootFiles, ...FOLDERS.flatMap(filesUnder)];
}

interface Import {
  specifier: string;
  /** Only types are imported: a package whose types live in @types/ is declared by its @types package. */
  typeOnly: boolean;
}

const stringArgument = (node: ts.CallExpression) =>
  node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0]) ? node.arguments[0].text : undefined;

/** One syntax node's import, if it is one: import/export … from, import(), require(), import x = require(). */
function importOf(node: ts.Node): Import | undefined {
  if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
    return { specifier: node.moduleSpecifier.text, typeOnly: importsOnlyTypes(node.importClause) };
  }
  if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
    return { specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly };
  }
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
    return { specifier: node.argument.literal.text, typeOnly: true };
  }
  if (ts.isCallExpression(node)) {
    const dynamic = node.expression.kind === ts.SyntaxKind.ImportKeyword;
    const required = ts.isIdentifier(node.expression) && node.expression.text === 'require';
    const specifier = dynamic || required ? stringArgument(node) : undefined;
    return specifier === undefined ? undefined : { specifier, typeOnly: false };
  }
  if (ts.isExternalModuleReference(node) && ts.isStringLiteral(node.expression)) {
    return { specifier: node.expression.text, typeOnly: false };
  }
  return undefined;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  if (file.endsWith('.css')) {
    return [...text.matchAll(/@(?:import|plugin)\s+['"]([^'"]+)['"]/g)].map((match) => ({
      specifier: match[1],
      typeOnly: false,
    }));
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  const found: Import[] = source.typeReferenceDirectives.map((reference) => ({
    specifier: reference.fileName,
    typeOnly: true,
  }));
  const visit = (node: ts.Node) => {
    const imported = importOf(node);
    if (imported) found.push(imported);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`, `name/sub` → `name`), or undefined. */
function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('@/')) return undefined;
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Where a package's separate types are published: `hast` → `@types/hast`, `@scope/name` → `@types/scope__name`. */
const typesPackage = (name: string) => `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;

const isDeclared = (name: string, typeOnly: boolean) =>
  declared.has(name) || (typeOnly && declared.has(typesPackage(name)));

/** `import type { A }` and `import { type A, type B }`: no value is imported. */
function importsOnlyTypes(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return (
    !clause.name &&
    named !== undefined &&
    ts.isNamedImports(named) &&
    named.elements.length > 0 &&
    named.elements.every((element) => element.isTypeOnly)
  );
}

describe('every imported package is declared in package.json', () => {
  it('names packages from bare specifiers', () => {
    expect(packageName('@types/hast')).toBe('@types/hast');
    expect(packageName('@axe-core/playwright')).toBe('@axe-core/playwright');
    expect(packageName('next/navigation')).toBe('next');
    expect(packageName('@expo-google-fonts/noto-sans/400Regular')).toBe('@expo-google-fonts/noto-sans');
    expect(packageName('node:fs')).toBeUndefined();
    expect(packageName('fs/promises')).toBeUndefined();
    expect(packageName('@/lib/urls')).toBeUndefined();
    expect(packageName('./x')).toBeUndefined();
    expect(typesPackage('hast')).toBe('@types/hast');
    expect(typesPackage('@scope/name')).toBe('@types/scope__name');
  });

  it('finds every kind of import in a file', () => {
    const sample =
      'import a from "a"; import type { B } from "b/sub"; import { type G } from "g"; export * from "@c/d/e";' +
      'const f = await import("f"); const h = require("h"); let i: import("i").I;';
    const source = ts.createSourceFile('x.ts', sample, ts.ScriptTarget.Latest, true);
    const found: Import[] = [];
    const visit = (node: ts.Node) => {
      const imported = importOf(node);
      if (imported) found.push(imported);
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(found).toEqual([
      { specifier: 'a', typeOnly: false },
      { specifier: 'b/sub', typeOnly: true },
      { specifier: 'g', typeOnly: true },
      { specifier: '@c/d/e', typeOnly: false },
      { specifier: 'f', typeOnly: false },
      { specifier: 'h', typeOnly: false },
      { specifier: 'i', typeOnly: true },
    ]);
  });

  it('has no undeclared import across app, components, lib, scripts, bench, tests and the config files', () => {
    const files = projectFiles();
    expect(files).toContain('next.config.ts');
    expect(files).toContain(path.join('lib', 'urls.ts'));
    const undeclared: string[] = [];
    let bare = 0;
    for (const file of files) {
      for (const { specifier, typeOnly } of importsOf(file)) {
        const name = packageName(specifier);
        if (name === undefined) continue;
        bare++;
        if (!isDeclared(name, typeOnly))
          undeclared.push(
            `${file}: '${specifier}' (declare ${typeOnly ? `${name} or ${typesPackage(name)}` : name} in package.json)`,
          );
      }
    }
    expect(bare).toBeGreaterThan(50);
    expect(undeclared).toEqual([]);
  });
});
