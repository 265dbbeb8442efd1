import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typeErrors } from '@/scripts/build/typecheck';

/**
 * `npm run build` publishes nothing that does not type-check (issue 15): the check it runs first, on a tiny project.
 */
describe('the type-check before a build', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'gaigi-typecheck-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(
    path.join(root, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, types: [], lib: ['es2022'], target: 'es2022', skipLibCheck: true },
      include: ['*.ts'],
    }),
  );

  it('names the file and line of a type error and says nothing was built', () => {
    writeFileSync(path.join(root, 'page.ts'), 'export const count: number = 1;\nexport const title: number = "x";\n');
    const errors = typeErrors(root);
    expect(errors).toMatch(/page\.ts\(2,14\): error TS2322/);
    expect(errors).toContain('nothing was built and out/ is unchanged');
  });

  it('lets a project that type-checks through', () => {
    writeFileSync(path.join(root, 'page.ts'), 'export const title: string = "x";\n');
    expect(typeErrors(root)).toBeUndefined();
  });
});

describe('the commands that publish type-check; the builds of npm test do not repeat it', () => {
  const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

  it('npm start builds with npm run build, which runs scripts/build.ts without --skip-typecheck', () => {
    expect(scripts.start).toMatch(/^npm run build &&/);
    expect(scripts.build).toMatch(/scripts\/build\.ts$/);
    expect(scripts.test).toMatch(/npm run typecheck && .*npm run test:build/);
  });
});
