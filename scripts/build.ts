/**
 * `npm run build`: records passage ids, builds the static site and makes it out/ at once (scripts/build/site.ts).
 * `npm run build -- --remove-ids=p-…,p-…` takes those ids out of content/published-ids.json on purpose. With CI=true,
 * a build that would change the committed ledger fails. It type-checks first (scripts/build/typecheck.ts);
 * `--skip-typecheck` is for the builds of `npm test`, which has type-checked already.
 */
import { parseArgs } from 'node:util';
import { buildSite } from './build/site';
import { typeErrors } from './build/typecheck';

const { values } = parseArgs({
  options: { 'remove-ids': { type: 'string' }, 'skip-typecheck': { type: 'boolean' } },
});
const errors = values['skip-typecheck'] ? undefined : typeErrors(process.cwd());
if (errors) {
  console.error(errors);
  process.exit(1);
}
// Read by next.config.ts: the project has type-checked, so `next build` need not check it again.
process.env.GAIGI_TYPE_CHECKED = '1';
await buildSite({
  contentRoot: process.cwd(),
  out: 'out',
  remove:
    values['remove-ids']
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean) ?? [],
  frozen: Boolean(process.env.CI) && process.env.CI !== 'false',
});
