/** `npm run new-source -- path/to/article.txt [slug]`: drafts content/sources/<slug>.md from a plain-text article. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { draftSource } from '../lib/content/new-source';

const [input, slugArgument] = process.argv.slice(2);
if (!input) {
  console.error('usage: npm run new-source -- path/to/article.txt [slug]');
  process.exit(2);
}
let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(input));
} catch (error) {
  console.error(`${input}: cannot read it as UTF-8 text (${(error as Error).message}); save it as UTF-8 and try again`);
  process.exit(1);
}
const draft = draftSource(text, path.basename(input));
const slug = slugArgument ?? draft.slug;
const target = path.join('content', 'sources', `${slug}.md`);
if (existsSync(target)) {
  console.error(`${target} already exists: choose another slug, e.g. npm run new-source -- ${input} ${slug}-2`);
  process.exit(1);
}
writeFileSync(
  target,
  slug === draft.slug ? draft.markdown : draft.markdown.replace(`slug: ${draft.slug}`, `slug: ${slug}`),
);
console.log(`Wrote ${target}. Still to do:`);
for (const item of draft.todo) console.log(`  - ${item}`);
